using StepGen.Asl.Compile;

namespace StepGen.Asl.Tests;

/// <summary>The ranked "did you mean" list that the code fixes offer, one action per name.</summary>
public class RankedNamesTests
{
    private static readonly string[] States = { "Start", "Flush", "Finish", "Finch", "Finished", "SendNotification" };

    [Fact]
    public void ClosestComesFirst_ThenTheOthersByDistance()
    {
        // Finish and Finch are one edit away (in declaration order), Flush two; Finished, three, is too far.
        Assert.Equal(new[] { "Finish", "Finch", "Flush" }, Names.Ranked("Finsh", States, 5));
    }

    [Fact]
    public void TiesKeepTheCandidatesOrder()
    {
        Assert.Equal(new[] { "Bb", "Ab" }, Names.Ranked("Xb", new[] { "Bb", "Ab" }, 5));
        Assert.Equal(new[] { "Ab", "Bb" }, Names.Ranked("Xb", new[] { "Ab", "Bb" }, 5));
    }

    [Fact]
    public void MaxCutsTheList_AndRepeatsCountOnce()
    {
        Assert.Equal(new[] { "Finish", "Finch" }, Names.Ranked("Finsh", new[] { "Finish", "Finish", "Finch", "Flush" }, 2));
        Assert.Empty(Names.Ranked("Finsh", States, 0));
    }

    [Fact]
    public void NothingCloseEnough_GivesAnEmptyList()
    {
        Assert.Empty(Names.Ranked("Completely", States, 3));
        Assert.Empty(Names.Ranked("Finsh", Array.Empty<string>(), 3));
    }

    [Theory]
    [InlineData("Finsh")]
    [InlineData("finish")]
    [InlineData("SendNotifcation")]
    [InlineData("Strat")]
    [InlineData("Completely")]
    public void ClosestIsTheFirstRanked(string typed)
    {
        IReadOnlyList<string> ranked = Names.Ranked(typed, States, 3);
        Assert.Equal(ranked.Count > 0 ? ranked[0] : null, Names.Closest(typed, States));
    }
}
