// Imported by stepgen import from aws-samples/aws-step-functions-twitch-series/jsonpath/statemachine/arrays.asl.json at 9dfef61234a2.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(Pass),
              Comment = "A Hello World example demonstrating various state types of the Amazon States Language")]
public partial class JsonPathArrays
{
    [Pass(Comment = "A Pass state passes its input to its output, without performing work. Pass states are useful when constructing and debugging state machines.",
          End = true)]
    [Parameter("firstItem", Path = "$.items[0]")]
    [Parameter("lastThreeItems", Path = "$.items[-3:]")]
    public partial class Pass;
}
