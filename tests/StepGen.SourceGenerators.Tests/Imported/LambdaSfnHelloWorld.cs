// Imported by stepgen import from aws-samples/serverless-patterns/lambda-sfn/statemachine/stateMachine.asl.json at fb7b5d06c27d.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(Pass),
              Comment = "A Hello World example demonstrating various state types of the Amazon States Language")]
public partial class LambdaSfnHelloWorld
{
    [Pass(Comment = "A Pass state passes its input to its output, without performing work. Pass states are useful when constructing and debugging state machines.",
          Next = nameof(HelloWorldExample))]
    public partial class Pass;

    [Choice(Name = "Hello World example?",
            Comment = "A Choice state adds branching logic to a state machine. Choice rules can implement 16 different comparison operators, and can be combined using And, Or, and Not",
            Default = nameof(Yes))]
    [When("$.IsHelloWorldExample == true", Next = nameof(Yes))]
    [When("$.IsHelloWorldExample == false", Next = nameof(No))]
    public partial class HelloWorldExample;

    [Pass(Next = nameof(Wait3Sec))]
    public partial class Yes;

    [Fail(Cause = "Not Hello World")]
    public partial class No;

    [Wait(Name = "Wait 3 sec", Comment = "A Wait state delays the state machine from continuing for a specified time.",
          Seconds = 3, Next = nameof(ParallelState))]
    public partial class Wait3Sec;

    [Parallel(Name = "Parallel State",
              Comment = "A Parallel state can be used to create parallel branches of execution in your state machine.",
              Branches = new[] { typeof(HelloBranch), typeof(WorldBranch) }, Next = nameof(HelloWorld))]
    public partial class ParallelState;

    [Branch(StartAt = nameof(Hello))]
    public partial class HelloBranch
    {
        [Pass(End = true)]
        public partial class Hello;
    }

    [Branch(StartAt = nameof(World))]
    public partial class WorldBranch
    {
        [Pass(End = true)]
        public partial class World;
    }

    [Pass(Name = "Hello World", End = true)]
    public partial class HelloWorld;
}
