using StepGen.Asl.Graph;

namespace StepGen.Asl.Tests;

/// <summary>The graph functions behind SG1005 (unreachable) and SG1012 (no way out), on plain transition lists.</summary>
public sealed class StateGraphTests
{
    private static GraphState S(string name, params string[] targets) => new(name, targets, Ends: false);

    private static GraphState End(string name, params string[] targets) => new(name, targets, Ends: true);

    [Fact]
    public void Walk_is_breadth_first_from_the_start_and_lists_unknown_targets_once()
    {
        var graph = new StateGraph(new[] { S("A", "B", "C"), S("B", "D", "Missing"), S("C", "D"), End("D") });
        Assert.Equal(new[] { "A", "B", "C", "D", "Missing" }, graph.Walk("A"));
        Assert.Equal(new[] { "Missing" }, graph.Walk("Missing"));
    }

    [Fact]
    public void Unreachable_lists_what_StartAt_does_not_reach_in_declaration_order()
    {
        var graph = new StateGraph(new[] { S("Orphan", "A"), S("A", "B"), End("B"), End("Island") });
        Assert.Equal(new[] { "Orphan", "Island" }, graph.Unreachable("A").Select(s => s.Name));
        Assert.Equal(new[] { "Island" }, graph.Unreachable("Orphan").Select(s => s.Name));
    }

    [Fact]
    public void A_loop_with_a_way_out_is_not_a_trap()
    {
        // Poll -> Wait -> Poll, and Poll's Choice rule leaves to Done.
        var graph = new StateGraph(new[] { S("Poll", "Wait", "Done"), S("Wait", "Poll"), End("Done") });
        Assert.True(graph.OnCycle("Poll"));
        Assert.Empty(graph.Traps("Poll"));
    }

    [Fact]
    public void A_loop_without_a_way_out_is_one_trap_entered_where_the_walk_meets_it()
    {
        var graph = new StateGraph(new[] { S("Start", "Retry"), S("Retry", "Wait"), S("Wait", "Retry"), End("Unused") });
        Trap trap = Assert.Single(graph.Traps("Start"));
        Assert.Equal("Retry", trap.Entry);
        Assert.Equal(new[] { "Retry", "Wait" }, trap.Members);
        Assert.False(graph.OnCycle("Start"));
    }

    [Fact]
    public void A_self_loop_is_a_trap_of_one()
    {
        var graph = new StateGraph(new[] { S("Spin", "Spin") });
        Trap trap = Assert.Single(graph.Traps("Spin"));
        Assert.Equal(new[] { "Spin" }, trap.Members);
    }

    [Fact]
    public void Two_separate_loops_are_two_traps_and_a_state_without_transitions_is_not_one()
    {
        var graph = new StateGraph(new[] { S("Start", "L1", "L2", "Dead"), S("L1", "L1"), S("L2", "M2"), S("M2", "L2"), S("Dead") });
        Assert.Equal(new[] { "L1", "L2" }, graph.Traps("Start").Select(t => t.Entry));
    }

    [Fact]
    public void A_name_given_twice_keeps_its_first_state()
    {
        var graph = new StateGraph(new[] { S("A", "B"), S("A", "C"), End("B"), End("C") });
        Assert.Equal(new[] { "A", "B" }, graph.Walk("A"));
    }
}
