using StepGen.Asl.Json;
using StepGen.Asl.Variables;

namespace StepGen.Asl.Tests.Variables;

public class VariableFlowTests
{
    private static VariableFlow Analyze(string asl) => VariableFlow.Analyze((JsonObject)JsonParser.Parse(asl).Value!);

    [Fact]
    public void A_variable_assigned_before_a_state_is_assigned_there_and_not_in_the_assigning_state_itself()
    {
        VariableFlow flow = Analyze("""
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Assign": {"x": 1}, "Next": "B"},
              "B": {"Type": "Pass", "End": true}}}
            """);

        Assert.Equal(VariableAvailability.NeverAssigned, flow.Availability("A", "x"));
        Assert.Equal(VariableAvailability.Assigned, flow.Availability("B", "x"));
        Assert.Equal(VariableAvailability.NeverAssigned, flow.Availability("B", "y"));
    }

    [Fact]
    public void A_variable_assigned_on_one_branch_of_a_choice_is_sometimes_assigned_where_the_branches_meet()
    {
        VariableFlow flow = Analyze("""
            {"StartAt": "Pick", "States": {
              "Pick": {"Type": "Choice", "Choices": [{"Condition": "{% true %}", "Next": "Set"}], "Default": "Join"},
              "Set": {"Type": "Pass", "Assign": {"x": 1}, "Next": "Join"},
              "Join": {"Type": "Succeed"}}}
            """);

        Assert.Equal(VariableAvailability.SometimesAssigned, flow.Availability("Join", "x"));
    }

    [Fact]
    public void A_choice_rule_assign_goes_with_its_rule_and_the_top_level_assign_with_default()
    {
        VariableFlow flow = Analyze("""
            {"StartAt": "Pick", "States": {
              "Pick": {"Type": "Choice", "Assign": {"top": 1},
                       "Choices": [{"Condition": "{% true %}", "Assign": {"rule": 1}, "Next": "ByRule"}], "Default": "ByDefault"},
              "ByRule": {"Type": "Succeed"},
              "ByDefault": {"Type": "Succeed"}}}
            """);

        Assert.Equal(VariableAvailability.Assigned, flow.Availability("ByRule", "rule"));
        Assert.Equal(VariableAvailability.NeverAssigned, flow.Availability("ByRule", "top"));
        Assert.Equal(VariableAvailability.Assigned, flow.Availability("ByDefault", "top"));
        Assert.Equal(VariableAvailability.NeverAssigned, flow.Availability("ByDefault", "rule"));
    }

    [Fact]
    public void A_catcher_assign_replaces_the_state_assign_on_the_error_path()
    {
        VariableFlow flow = Analyze("""
            {"StartAt": "Call", "States": {
              "Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Assign": {"ok": 1}, "Next": "Done",
                       "Catch": [{"ErrorEquals": ["States.ALL"], "Assign": {"failure": 1}, "Next": "Handle"}]},
              "Handle": {"Type": "Pass", "Next": "Done"},
              "Done": {"Type": "Succeed"}}}
            """);

        Assert.Equal(VariableAvailability.NeverAssigned, flow.Availability("Handle", "ok"));
        Assert.Equal(VariableAvailability.Assigned, flow.Availability("Handle", "failure"));
        Assert.Equal(VariableAvailability.SometimesAssigned, flow.Availability("Done", "ok"));
        Assert.Equal(VariableAvailability.SometimesAssigned, flow.Availability("Done", "failure"));
    }

    [Fact]
    public void A_loop_keeps_what_every_way_in_assigns()
    {
        VariableFlow flow = Analyze("""
            {"StartAt": "Init", "States": {
              "Init": {"Type": "Pass", "Assign": {"n": 0}, "Next": "Loop"},
              "Loop": {"Type": "Pass", "Assign": {"n": 1, "seen": true}, "Next": "Again"},
              "Again": {"Type": "Choice", "Choices": [{"Condition": "{% $n < 3 %}", "Next": "Loop"}], "Default": "End"},
              "End": {"Type": "Succeed"}}}
            """);

        Assert.Equal(VariableAvailability.Assigned, flow.Availability("Loop", "n"));
        Assert.Equal(VariableAvailability.SometimesAssigned, flow.Availability("Loop", "seen"));
        Assert.Equal(VariableAvailability.Assigned, flow.Availability("End", "seen"));
    }

    [Fact]
    public void Branches_see_the_outer_variables_of_their_state_entry_and_keep_their_own_inside()
    {
        VariableFlow flow = Analyze("""
            {"StartAt": "Before", "States": {
              "Before": {"Type": "Pass", "Assign": {"outer": 1}, "Next": "Fan"},
              "Fan": {"Type": "Parallel", "Assign": {"afterFan": 1}, "Next": "After", "Branches": [
                {"StartAt": "B1", "States": {
                  "B1": {"Type": "Pass", "Assign": {"inner": 1}, "Next": "B2"},
                  "B2": {"Type": "Succeed"}}}]},
              "After": {"Type": "Succeed"}}}
            """);

        Assert.Equal(VariableAvailability.Assigned, flow.Availability("B1", "outer"));
        Assert.Equal(VariableAvailability.NeverAssigned, flow.Availability("B1", "afterFan"));
        Assert.Equal(VariableAvailability.Assigned, flow.Availability("B2", "inner"));
        Assert.Equal(VariableAvailability.NeverAssigned, flow.Availability("After", "inner"));
        Assert.Equal(["Fan"], flow.AssignedOnlyInside("After", "inner"));
        Assert.Empty(flow.AssignedOnlyInside("B2", "inner"));
    }

    [Fact]
    public void A_distributed_map_and_an_unreachable_state_are_not_judged()
    {
        VariableFlow flow = Analyze("""
            {"StartAt": "Each", "States": {
              "Each": {"Type": "Map", "End": true, "ItemProcessor": {
                "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                "StartAt": "Child", "States": {"Child": {"Type": "Succeed"}}}},
              "Orphan": {"Type": "Succeed"}}}
            """);

        Assert.Equal(VariableAvailability.Assigned, flow.Availability("Child", "anything"));
        Assert.Equal(VariableAvailability.Assigned, flow.Availability("Orphan", "anything"));
        Assert.Equal(VariableAvailability.NeverAssigned, flow.Availability("Each", "anything"));
    }

    [Fact]
    public void Jsonpath_assign_keys_count_without_their_suffix()
    {
        Assert.Equal(["a", "b"], VariableFlow.AssignedBy(JsonParser.Parse("""{"a.$": "$.x", "b": 2}""").Value));
    }
}
