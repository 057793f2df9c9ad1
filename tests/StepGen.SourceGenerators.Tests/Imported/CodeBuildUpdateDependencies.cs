// Imported by stepgen import from aws-samples/aws-step-functions-twitch-series/codebuild/statemachine/updateDependencies.asl.json at 9dfef61234a2.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(RunCodeBuildWithUpgradedDependencies),
              Comment = "A state machine that does mock stock trading.")]
public partial class CodeBuildUpdateDependencies
{
    [Task(Name = "Run CodeBuild With Upgraded Dependencies", Resource = "arn:aws:states:::codebuild:startBuild.sync",
          Parameters = """
          {
            "ProjectName": "${UpdateDependenciesBuildJob}",
            "BuildspecOverride": "buildspec-upgrade-dependencies.yml"
          }
          """, Next = nameof(PublishResults))]
    public partial class RunCodeBuildWithUpgradedDependencies;

    [Task(Name = "Publish Results", Resource = "arn:aws:states:::sns:publish",
          Parameters = """{ "TopicArn": "${BuildStatusTopic}", "Message": { "Input.$": "$.Build.BuildStatus" } }""",
          End = true)]
    public partial class PublishResults;
}
