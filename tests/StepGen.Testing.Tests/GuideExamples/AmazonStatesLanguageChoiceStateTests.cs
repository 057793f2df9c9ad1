namespace StepGen.Testing.Tests.GuideExamples;

/// <summary>
/// The worked examples of the developer guide's page "Choice" (amazon-states-language-choice-state.md). The page
/// shows states, not a machine: ChoiceStateX and the states it goes to run with a NextState added, and each Choice
/// Rule example runs as the one rule of a Choice state whose Default is "NoMatch".
/// </summary>
public class AmazonStatesLanguageChoiceStateTests
{
    private static StateMachineRunner ChoiceStateX() => StateMachineRunner.FromDefinition("""
        {"StartAt": "ChoiceStateX", "States": {
          "ChoiceStateX": {
            "Type": "Choice",
            "Choices": [
              {
                "Not": {
                  "Variable": "$.type",
                  "StringEquals": "Private"
                },
                "Next": "Public"
              },
              {
                "Variable": "$.value",
                "NumericEquals": 0,
                "Next": "ValueIsZero"
              },
              {
                "And": [
                  {
                    "Variable": "$.value",
                    "NumericGreaterThanEquals": 20
                  },
                  {
                    "Variable": "$.value",
                    "NumericLessThan": 30
                  }
                ],
                "Next": "ValueInTwenties"
              }
            ],
            "Default": "DefaultState"
          },

          "Public": {
            "Type" : "Task",
            "Resource": "arn:aws:lambda:us-east-1:123456789012:function:Foo",
            "Next": "NextState"
          },

          "ValueIsZero": {
            "Type" : "Task",
            "Resource": "arn:aws:lambda:us-east-1:123456789012:function:Zero",
            "Next": "NextState"
          },

          "ValueInTwenties": {
            "Type" : "Task",
            "Resource": "arn:aws:lambda:us-east-1:123456789012:function:Bar",
            "Next": "NextState"
          },

          "DefaultState": {
            "Type": "Fail",
            "Cause": "No Matches!"
          },

          "NextState": {"Type": "Succeed"}}}
        """)
        .MockState("Public", _ => TaskOutcome.Return("\"Foo\""))
        .MockState("ValueIsZero", _ => TaskOutcome.Return("\"Zero\""))
        .MockState("ValueInTwenties", _ => TaskOutcome.Return("\"Bar\""));

    [Fact]
    public async Task Private_22_goes_to_ValueInTwenties()
    {
        // amazon-states-language-choice-state.md, "Choice State Example": with input {"type": "Private", "value": 22}
        // "Step Functions transitions to the ValueInTwenties state, based on the value field."
        ExecutionResult result = await ChoiceStateX().RunAsync("""
            {
              "type": "Private",
              "value": 22
            }
            """);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.True(result.Entered("ValueInTwenties"));
        Assert.False(result.Entered("Public") || result.Entered("ValueIsZero") || result.Entered("DefaultState"));
        GuideJson.Equal("""{"type": "Private", "value": 22}""", result.State("ValueInTwenties")[0].InputJson);
    }

    [Fact]
    public async Task No_matching_rule_runs_the_Default_state()
    {
        // amazon-states-language-choice-state.md, "Choice State Example": "If there are no matches for the Choice
        // state's Choices, the state provided in the Default field runs instead" (DefaultState fails with "No
        // Matches!"). The page gives no such input; {"type": "Private", "value": 35} matches no rule.
        ExecutionResult result = await ChoiceStateX().RunAsync("""{"type": "Private", "value": 35}""");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.True(result.Entered("DefaultState"));
        Assert.Null(result.Error);
        Assert.Equal("No Matches!", result.Cause);
    }

    [Fact]
    public async Task An_input_without_type_fails_the_execution()
    {
        // amazon-states-language-choice-state.md, "Choice State Example", the note: "If the state input doesn't
        // contain the $.type field, the execution fails and an error is displayed in the execution history."
        ExecutionResult result = await ChoiceStateX().RunAsync("""{"value": 22}""");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.Runtime", result.Error);
        Assert.False(result.Entered("ValueInTwenties"));
        Assert.Contains(result.History, e => e.Type == "ExecutionFailed");
    }

    private static async Task<string> Choose(string rule, string input)
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Choose", "States": {
              "Choose": {"Type": "Choice", "Choices": [@RULE@], "Default": "NoMatch"},
              "FirstMatchState": {"Type": "Succeed"},
              "NoMatch": {"Type": "Succeed"}
            }}
            """.Replace("@RULE@", rule));
        ExecutionResult result = await runner.RunAsync(input);
        Assert.True(result.Status == ExecutionStatus.Succeeded, result.ToString());
        return result.Entered("FirstMatchState") ? "FirstMatchState" : "NoMatch";
    }

    // amazon-states-language-choice-state.md, "Choice Rules": each example rule, with an input it describes and one it
    // does not. The rules the page prints without "Next" get "Next": "FirstMatchState", since a top-level rule needs one.
    [Theory]
    // "checks whether the numerical value is equal to 1"
    [InlineData("""{"Variable": "$.foo", "NumericEquals": 1, "Next": "FirstMatchState"}""", """{"foo": 1}""", "FirstMatchState")]
    [InlineData("""{"Variable": "$.foo", "NumericEquals": 1, "Next": "FirstMatchState"}""", """{"foo": 2}""", "NoMatch")]
    // "Step Functions doesn't attempt to match a numeric field to a string value"
    [InlineData("""{"Variable": "$.foo", "NumericEquals": 1, "Next": "FirstMatchState"}""", """{"foo": "1"}""", "NoMatch")]
    // "checks whether the string is equal to MyString"
    [InlineData("""{"Variable": "$.foo", "StringEquals": "MyString", "Next": "FirstMatchState"}""", """{"foo": "MyString"}""", "FirstMatchState")]
    [InlineData("""{"Variable": "$.foo", "StringEquals": "MyString", "Next": "FirstMatchState"}""", """{"foo": "mystring"}""", "NoMatch")]
    // "checks whether the string is greater than MyStringABC" (Java compareTo order)
    [InlineData("""{"Variable": "$.foo", "StringGreaterThan": "MyStringABC", "Next": "FirstMatchState"}""", """{"foo": "MyStringABD"}""", "FirstMatchState")]
    [InlineData("""{"Variable": "$.foo", "StringGreaterThan": "MyStringABC", "Next": "FirstMatchState"}""", """{"foo": "MyStringAB"}""", "NoMatch")]
    // "checks whether the string is null"
    [InlineData("""{"Variable": "$.possiblyNullValue", "IsNull": true, "Next": "FirstMatchState"}""", """{"possiblyNullValue": null}""", "FirstMatchState")]
    [InlineData("""{"Variable": "$.possiblyNullValue", "IsNull": true, "Next": "FirstMatchState"}""", """{"possiblyNullValue": "x"}""", "NoMatch")]
    // "the StringEquals rule is only evaluated when $.keyThatMightNotExist exists because of the preceding IsPresent"
    [InlineData("""{"And": [{"Variable": "$.keyThatMightNotExist", "IsPresent": true}, {"Variable": "$.keyThatMightNotExist", "StringEquals": "foo"}], "Next": "FirstMatchState"}""", """{}""", "NoMatch")]
    [InlineData("""{"And": [{"Variable": "$.keyThatMightNotExist", "IsPresent": true}, {"Variable": "$.keyThatMightNotExist", "StringEquals": "foo"}], "Next": "FirstMatchState"}""", """{"keyThatMightNotExist": "foo"}""", "FirstMatchState")]
    // "checks whether a pattern with a wildcard matches"
    [InlineData("""{"Variable": "$.foo", "StringMatches": "log-*.txt", "Next": "FirstMatchState"}""", """{"foo": "log-2024-01-01.txt"}""", "FirstMatchState")]
    [InlineData("""{"Variable": "$.foo", "StringMatches": "log-*.txt", "Next": "FirstMatchState"}""", """{"foo": "log-1.txt.gz"}""", "NoMatch")]
    // "The wildcard character is escaped by using the standard \\ (Ex: “\\*”). No characters other than “*” have any
    // special meaning during matching."
    [InlineData("""{"Variable": "$.foo", "StringMatches": "log-\\*.txt", "Next": "FirstMatchState"}""", """{"foo": "log-*.txt"}""", "FirstMatchState")]
    [InlineData("""{"Variable": "$.foo", "StringMatches": "log-\\*.txt", "Next": "FirstMatchState"}""", """{"foo": "log-1.txt"}""", "NoMatch")]
    [InlineData("""{"Variable": "$.foo", "StringMatches": "log-?.txt", "Next": "FirstMatchState"}""", """{"foo": "log-1.txt"}""", "NoMatch")]
    // "checks whether the timestamp is equal to 2001-01-01T12:00:00Z"
    [InlineData("""{"Variable": "$.foo", "TimestampEquals": "2001-01-01T12:00:00Z", "Next": "FirstMatchState"}""", """{"foo": "2001-01-01T12:00:00Z"}""", "FirstMatchState")]
    [InlineData("""{"Variable": "$.foo", "TimestampEquals": "2001-01-01T12:00:00Z", "Next": "FirstMatchState"}""", """{"foo": "2001-01-01T12:00:01Z"}""", "NoMatch")]
    // "compares a variable with another value from the state input"
    [InlineData("""{"Variable": "$.foo", "StringEqualsPath": "$.bar", "Next": "FirstMatchState"}""", """{"foo": "x", "bar": "x"}""", "FirstMatchState")]
    [InlineData("""{"Variable": "$.foo", "StringEqualsPath": "$.bar", "Next": "FirstMatchState"}""", """{"foo": "x", "bar": "y"}""", "NoMatch")]
    public async Task Choice_rule_examples(string rule, string input, string expectedState)
    {
        Assert.Equal(expectedState, await Choose(rule, input));
    }
}
