using StepGen.Asl.Collections;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;
using static StepGen.Asl.Tests.RuleCases.Model;

namespace StepGen.Asl.Tests.RuleCases;

/// <summary>
/// The structure rules (SG1001-SG1021) on source models built directly: each fault is reported with its ID at the
/// attribute argument it comes from, and the same machine without the fault has none.
/// </summary>
public sealed class StructureRuleTests
{
    private static SourceState Succeed(string name) => State(name, Attr("Succeed"));

    private static SourceState PassTo(string name, string next) => State(name, Attr("Pass", ("Next", next)));

    [Fact]
    public void SG1001_StartAt_naming_no_state()
    {
        Problem problem = Single(Machine("Strat", PassTo("Start", "Done"), Succeed("Done")), Rules.StartAt);
        Assert.Equal(new FieldRef(null, 0, "StartAt"), problem.Location);
        Assert.Equal("Start", problem.Suggestion);
        Clean(Machine("Start", PassTo("Start", "Done"), Succeed("Done")));
    }

    [Fact]
    public void SG1002_state_with_neither_Next_nor_End()
    {
        Problem problem = Single(Machine("Start", State("Start", Attr("Pass"))), Rules.MissingTransition);
        Assert.Equal("Start", problem.Location.StateClass);
        Clean(Machine("Start", State("Start", Attr("Pass", ("End", true)))));
    }

    [Fact]
    public void SG1003_state_with_Next_and_End()
    {
        Single(Machine("Start", State("Start", Attr("Pass", ("Next", "Done"), ("End", true))), Succeed("Done")), Rules.NextAndEnd);
    }

    [Fact]
    public void SG1004_transition_to_no_state()
    {
        Problem problem = Single(Machine("Start", PassTo("Start", "Dnoe"), Succeed("Done")), Rules.UnknownState);
        Assert.Equal(new FieldRef("Start", 0, "Next"), problem.Location);
        Assert.Equal("Done", problem.Suggestion);
    }

    [Fact]
    public void SG1005_state_no_transition_reaches()
    {
        Problem problem = Single(Machine("Start", PassTo("Start", "Done"), Succeed("Done"), Succeed("Orphan")), Rules.Unreachable);
        Assert.Equal("Orphan", problem.Location.StateClass);
    }

    [Fact]
    public void SG1006_two_states_with_one_name()
    {
        SourceState renamed = State("Other", Attr("Succeed", ("Name", "Done")));
        Assert.NotEmpty(All(Machine("Start", PassTo("Start", "Done"), Succeed("Done"), renamed), Rules.BadStateName));

        None(Machine("Start", State("Start", Attr("Pass", ("Name", "Tab\there"), ("End", true)))), Rules.BadStateName);
    }

    [Fact]
    public void SG1017_state_name_with_a_control_character()
    {
        Problem problem = Single(Machine("Start", State("Start", Attr("Pass", ("Name", "Tab\there"), ("End", true)))), Rules.DoubtfulStateName);
        Assert.Equal(new FieldRef("Start", 0, "Name"), problem.Location);
        Clean(Machine("Start", State("Start", Attr("Pass", ("Name", "Tab here"), ("End", true)))));
    }

    [Fact]
    public void SG1007_Next_on_a_Succeed_state()
    {
        Single(Machine("Start", PassTo("Start", "Done"), State("Done", Attr("Succeed", ("Next", "Start")))), Rules.TransitionNotAllowed);
    }

    [Fact]
    public void SG1008_Choice_without_rules()
    {
        Problem problem = Single(Machine("Route", State("Route", Attr("Choice", ("Default", "Done"))), Succeed("Done")), Rules.ChoiceRules);
        Assert.Equal(new FieldRef("Route", 0), problem.Location);
        None(Machine("Route", State("Route", Attr("Choice", ("Default", "Done")), Attr("When", ("condition", "$.a == 1"), ("Next", "Done"))), Succeed("Done")), Rules.ChoiceRules);
    }

    [Fact]
    public void SG1018_Choice_without_Default()
    {
        SourceState withoutDefault = State("Route", Attr("Choice"), Attr("When", ("condition", "$.a == 1"), ("Next", "Done")));
        Problem problem = Single(Machine("Route", withoutDefault, Succeed("Done")), Rules.ChoiceWithoutDefault);
        Assert.Equal(new FieldRef("Route", 0), problem.Location);
        None(Machine("Route", withoutDefault, Succeed("Done")), Rules.ChoiceRules);
        Clean(Machine("Route", State("Route", Attr("Choice", ("Default", "Done")), Attr("When", ("condition", "$.a == 1"), ("Next", "Done"))), Succeed("Done")));
    }

    [Fact]
    public void SG1009_Wait_with_two_durations_or_none()
    {
        Single(Machine("Pause", State("Pause", Attr("Wait", ("Seconds", 5), ("SecondsPath", "$.s"), ("End", true)))), Rules.WaitDuration);
        Single(Machine("Pause", State("Pause", Attr("Wait", ("End", true)))), Rules.WaitDuration);
        Clean(Machine("Pause", State("Pause", Attr("Wait", ("Seconds", 5), ("End", true)))));
    }

    [Fact]
    public void SG1010_Retry_that_breaks_an_ASL_rule()
    {
        SourceState Call(params (string, object?)[] retry) => State(
            "Call",
            Attr("Task", ("Resource", "arn:aws:lambda:us-east-1:123456789012:function:f"), ("End", true)),
            Attr("Retry", retry));
        Problem problem = Single(Machine("Call", Call(("errorEquals", new[] { "States.TaskFailed" }), ("BackoffRate", 0.5))), Rules.RetryCatch);
        Assert.Equal(new FieldRef("Call", 1, "BackoffRate"), problem.Location);
        Single(Machine("Call", Call(("errorEquals", new[] { "States.ALL", "States.TaskFailed" }))), Rules.RetryCatch);
        Clean(Machine("Call", Call(("errorEquals", new[] { "States.TaskFailed" }), ("BackoffRate", 2.0))));
    }

    [Fact]
    public void SG1019_Retry_of_an_error_name_Step_Functions_never_raises()
    {
        SourceMachine Retrying(string error) => Machine("Call", State(
            "Call",
            Attr("Task", ("Resource", "arn:aws:lambda:us-east-1:123456789012:function:f"), ("End", true)),
            Attr("Retry", ("errorEquals", new[] { error }))));
        Problem misspelt = Single(Retrying("States.Timout"), Rules.ErrorNameNeverRaised);
        Assert.Equal("States.Timeout", misspelt.Suggestion);
        Assert.Equal(new FieldRef("Call", 1, "errorEquals", Element: 0), misspelt.Location);
        Single(Retrying("States.Runtime"), Rules.ErrorNameNeverRaised);
        Single(Retrying("States.Http.StatusCode.42"), Rules.ErrorNameNeverRaised);
        None(Retrying("States.Timout"), Rules.RetryCatch);
        Clean(Retrying("States.Http.StatusCode.503"));
    }

    [Fact]
    public void SG1011_negative_timeout()
    {
        Single(Machine("Call", State("Call", Attr("Task", ("Resource", "arn:aws:lambda:us-east-1:123456789012:function:f"), ("TimeoutSeconds", -1), ("End", true)))), Rules.Timeouts);
    }

    [Fact]
    public void SG1020_machine_TimeoutSeconds_of_0()
    {
        SourceMachine Timed(int seconds) => Machine(Attr("StateMachine", ("StartAt", "Done"), ("TimeoutSeconds", seconds)), Succeed("Done"));
        Problem problem = Single(Timed(0), Rules.MachineTimeoutZero);
        Assert.Equal(new FieldRef(null, 0, "TimeoutSeconds"), problem.Location);
        None(Timed(0), Rules.Timeouts);
        Single(Timed(-1), Rules.Timeouts);
        Clean(Timed(60));
    }

    [Fact]
    public void SG1012_loop_with_no_way_out()
    {
        Single(Machine("A", PassTo("A", "B"), PassTo("B", "A")), Rules.NoWayOut);
    }

    [Fact]
    public void SG1013_state_machine_class_that_is_not_partial()
    {
        SourceMachine machine = Machine("Done", Succeed("Done")) with { IsPartial = false };
        Single(machine, Rules.Declaration);
    }

    [Fact]
    public void SG1014_Result_that_is_not_JSON()
    {
        Problem problem = Single(Machine("Start", State("Start", Attr("Pass", ("Result", "{ \"a\": 1, }"), ("End", true)))), Rules.BadJson);
        Assert.Equal("Result", problem.Location.Argument);
        Assert.True(problem.Location.Offset >= 0, "the fault is located inside the JSON text");
    }

    [Fact]
    public void SG1015_JSONPath_field_in_a_JSONata_state()
    {
        SourceMachine machine = Machine(
            Attr("StateMachine", ("StartAt", "Start"), ("QueryLanguage", EnumValue(1))),
            State("Start", Attr("Pass", ("ResultPath", "$.x"), ("End", true))));
        Problem problem = Single(machine, Rules.FieldNotAllowed);
        Assert.Equal("ResultPath", problem.Location.Argument);
    }

    [Fact]
    public void SG1016_Task_without_Resource()
    {
        Single(Machine("Call", State("Call", Attr("Task", ("End", true)))), Rules.RequiredField);
    }

    [Fact]
    public void SG1021_value_outside_what_AWS_documents()
    {
        SourceMachine Mapped(params (string, object?)[] arguments) => Machine(
            "Each",
            State("Each", Attr("Map", new (string, object?)[] { ("ItemsPath", "$.orders"), ("Processor", new TypeOf("global::M.One")), ("End", true) }.Concat(arguments).ToArray()))) with
        { Branches = new[] { new SourceScope("global::M.One", "One", true, new[] { Attr("Branch", ("StartAt", "A")) }.ToEquatableArray(), new[] { State("A", Attr("Pass", ("End", true))) }.ToEquatableArray()) }.ToEquatableArray() };

        Problem label = Single(Mapped(("Label", "EachOrderOfTheNightlyImportFromTheShopDatabase")), Rules.UndocumentedValue);
        Assert.Equal(new FieldRef("Each", 0, "Label"), label.Location);
        None(Mapped(("Label", "EachOrderOfTheNightlyImportFromTheShopDatabase")), Rules.RequiredField);
        Single(Mapped(("Mode", "inline")), Rules.UndocumentedValue);
        None(Mapped(("Mode", "inline")), Rules.RequiredField);
        Clean(Mapped(("Label", "NightlyOrders"), ("Mode", "INLINE")));

        SourceMachine Encoded(string encoding) => Machine("Call", State(
            "Call",
            Attr("HttpTask", ("ApiEndpoint", "https://api.example.com/v1/orders"), ("Method", "POST"), ("ConnectionArn", ConnectionArn), ("RequestBodyEncoding", encoding), ("End", true))));
        Problem encoded = Single(Encoded("url_encoded"), Rules.UndocumentedValue);
        Assert.Equal(new FieldRef("Call", 0, "RequestBodyEncoding"), encoded.Location);
        None(Encoded("url_encoded"), Rules.RequiredField);
        Clean(Encoded("NONE"));
    }

    /// <summary>An enum argument (QueryLanguage.JsonAta is 1).</summary>
    private static object EnumValue(long value) => new Model.EnumArgument(value);
}
