using StepGen.Samples;

// Prints what StepGen generated at compile time for the three workflows of the write-ups:
// the ASL definition, the least-privilege IAM policy and the deployment substitutions.
Print(SlackNotification.Name, SlackNotification.Asl, SlackNotification.IamPolicy, SlackNotification.Substitutions);
Print(PlainGet.Name, PlainGet.Asl, PlainGet.IamPolicy, PlainGet.Substitutions);
Print(NightlyDataPipeline.Name, NightlyDataPipeline.Asl, NightlyDataPipeline.IamPolicy, NightlyDataPipeline.Substitutions);
Print(OrderFulfillment.Name, OrderFulfillment.Asl, OrderFulfillment.IamPolicy, OrderFulfillment.Substitutions);

Console.WriteLine($"The failure state of {NightlyDataPipeline.Name} is named \"{NightlyDataPipeline.DataPipelineFailed.Name}\" in the ASL.");
Console.WriteLine($"The build also wrote <Name>.asl.json and <Name>.iam.json for each machine to {AppContext.BaseDirectory}");

static void Print(string name, string asl, string iamPolicy, IReadOnlyList<string> substitutions)
{
    Console.WriteLine($"=== {name}: ASL definition ===");
    Console.WriteLine(asl);
    Console.WriteLine($"=== {name}: IAM policy for the execution role ===");
    Console.WriteLine(iamPolicy);
    Console.WriteLine($"=== {name}: substitutions to supply at deploy time ===");
    Console.WriteLine(substitutions.Count == 0 ? "(none)" : string.Join(", ", substitutions));
    Console.WriteLine();
}
