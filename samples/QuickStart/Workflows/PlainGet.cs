using StepGen;

namespace StepGen.Samples;

/// <summary>The first write-up's plain GET example: one HTTP task that ends the execution.</summary>
[StateMachine(StartAt = nameof(GetStatus), Comment = "Call an HTTPS API with GET")]
public partial class PlainGet
{
    [HttpTask(ApiEndpoint = "https://api.example.com/v1/status", Method = "GET",
              ConnectionArn = "${ExampleApiConnectionArn}", End = true)]
    [QueryParameter("verbose", "true")]
    public partial class GetStatus;
}
