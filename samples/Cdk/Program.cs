using Amazon.CDK;
using StepGen.Samples.Cdk;

// A CDK app: `cdk synth` / `cdk deploy` run it through cdk.json, and `dotnet run` alone writes the
// cloud assembly to $CDK_OUTDIR (a new temporary folder when unset).
var app = new App();
_ = new OrderShippingStack(app, "StepGenOrderShipping", new StackProps
{
    Description = "StepGen sample: a generated state machine, its generated IAM policy, a Lambda function and an EventBridge connection",
});
app.Synth();
