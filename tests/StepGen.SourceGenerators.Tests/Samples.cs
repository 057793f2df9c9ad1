namespace StepGen.SourceGenerators.Tests;

/// <summary>The quick-start workflows, read from the sample project's files.</summary>
internal static class Samples
{
    public static string Slack => Read("SlackNotification.cs");

    public static string PlainGet => Read("PlainGet.cs");

    public static string Pipeline => Read("NightlyDataPipeline.cs");

    public static string Orders => Read("OrderFulfillment.cs");

    public static string[] All => new[] { Slack, PlainGet, Pipeline, Orders };

    private static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", file));
}
