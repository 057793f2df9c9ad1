using System.Text.Json.Nodes;

namespace StepGen.Testing.Tests.Differential;

/// <summary>
/// Hand-written differential cases: each JSONPath feature both executors claim, run through both. Features
/// where aws-local-stepfunctions departs from the developer guide are left out here, each with a comment;
/// docs/testing.md ("Differences from aws-local-stepfunctions") lists them.
/// </summary>
public static class HandWrittenCases
{
    private const string Lambda = "arn:aws:lambda:us-east-1:123456789012:function:F";

    private static readonly Lazy<IReadOnlyList<DifferentialCase>> LazyAll = new(Build);

    public static IReadOnlyList<DifferentialCase> All => LazyAll.Value;

    private static List<DifferentialCase> Build()
    {
        var cases = new List<DifferentialCase>();
        DataFlow(cases);
        Paths(cases);
        ContextObject(cases);
        ChoiceRules(cases);
        Waits(cases);
        PassFailSucceed(cases);
        Parallel(cases);
        Map(cases);
        ErrorHandling(cases);
        Intrinsics(cases);
        return cases;
    }

    private static void DataFlow(List<DifferentialCase> cases)
    {
        cases.Add(new("io: InputPath, Parameters, ResultSelector, ResultPath, OutputPath in order", $$"""
            {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "{{Lambda}}",
              "InputPath": "$.order",
              "Parameters": {"FunctionName": "f", "Payload": {"id.$": "$.id", "fixed": 1, "list": [{"x.$": "$.qty"}, 2]} },
              "ResultSelector": {"total.$": "$.Payload.total", "code.$": "$.StatusCode"},
              "ResultPath": "$.priced",
              "OutputPath": "$.priced",
              "End": true} } }
            """,
            """{"order": {"id": "o-1", "qty": 3}, "other": true}""",
            """{"Call": [{"return": {"StatusCode": 200, "Payload": {"total": 42}}}]}"""));

        cases.Add(new("io: ResultPath merges into the raw input, not the InputPath selection", $$"""
            {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "{{Lambda}}",
              "InputPath": "$.a", "ResultPath": "$.a.result", "End": true} } }
            """,
            """{"a": {"b": 1}, "c": 2}""",
            """{"Call": [{"return": "done"}]}"""));

        cases.Add(new("io: ResultPath creates missing parents", """
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": {"v": 1}, "ResultPath": "$.x.y.z", "End": true}}}
            """,
            """{"a": 1}"""));

        cases.Add(new("io: ResultPath replaces an existing member", """
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": [1, 2], "ResultPath": "$.a", "End": true}}}
            """,
            """{"a": {"old": true}, "b": 1}"""));

        cases.Add(new("io: ResultPath into an existing object member keeps its siblings", """
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": "new", "ResultPath": "$.a.b", "End": true}}}
            """,
            """{"a": {"keep": 1}}"""));

        cases.Add(new("io: null InputPath, null ResultPath, null OutputPath", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "InputPath": null, "ResultPath": "$.seen", "Next": "B"},
              "B": {"Type": "Pass", "Result": {"ignored": true}, "ResultPath": null, "Next": "C"},
              "C": {"Type": "Pass", "OutputPath": null, "End": true}}}
            """,
            """{"x": 1}"""));

        cases.Add(new("io: null ResultPath on a Task keeps the input", $$"""
            {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "{{Lambda}}", "ResultPath": null, "End": true} } }
            """,
            """{"x": 1}""",
            """{"T": [{"return": {"y": 2}}]}"""));

        cases.Add(new("io: InputPath and OutputPath $ keep everything", """
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "InputPath": "$", "OutputPath": "$", "End": true}}}
            """,
            """{"a": [1, {"b": null}]}"""));

        cases.Add(new("io: OutputPath selects from the merged output", """
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": {"n": 5}, "ResultPath": "$.r", "OutputPath": "$.r.n", "End": true}}}
            """,
            """{"a": 1}"""));

        cases.Add(new("io: Parameters with nested objects, arrays and literals", """
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": {
              "literal": "text", "number": 1.5, "flag": false, "nothing": null,
              "nested": {"deep": {"v.$": "$.a.b"}, "arr": [1, "two", {"three.$": "$.c"}]},
              "whole.$": "$", "list.$": "$.list"}, "End": true}}}
            """,
            """{"a": {"b": "B"}, "c": 3, "list": [1, 2]}"""));

        cases.Add(new("io: a Task's result can be any JSON value", $$"""
            {"StartAt": "S", "States": {
              "S": {"Type": "Task", "Resource": "{{Lambda}}", "ResultPath": "$.s", "Next": "N"},
              "N": {"Type": "Task", "Resource": "{{Lambda}}", "ResultPath": "$.n", "Next": "Z"},
              "Z": {"Type": "Task", "Resource": "{{Lambda}}", "ResultPath": "$.z", "Next": "A"},
              "A": {"Type": "Task", "Resource": "{{Lambda}}", "ResultPath": "$.a", "End": true} } }
            """,
            """{}""",
            """{"S": [{"return": "text"}], "N": [{"return": -2.25}], "Z": [{"return": null}], "A": [{"return": [true, false]}]}"""));

        cases.Add(new("io: a Task without ResultPath outputs its result", $$"""
            {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "{{Lambda}}", "End": true} } }
            """,
            """{"x": 1}""",
            """{"T": [{"return": {"only": "result"}}]}"""));

        cases.Add(new("io: ResultPath on an input that is not an object fails with States.ResultPathMatchFailure", """
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": 1, "ResultPath": "$.x", "End": true}}}
            """,
            """[1, 2]"""));

        cases.Add(new("io: a missing InputPath fails with States.Runtime", """
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "InputPath": "$.missing", "End": true}}}
            """,
            """{"x": 1}"""));

        cases.Add(new("io: a missing OutputPath fails with States.Runtime", """
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "OutputPath": "$.missing", "End": true}}}
            """,
            """{"x": 1}"""));

        cases.Add(new("io: States.Runtime is not caught by States.ALL", $$"""
            {"StartAt": "T", "States": {
              "T": {"Type": "Task", "Resource": "{{Lambda}}", "OutputPath": "$.missing",
                    "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}], "End": true},
              "Caught": {"Type": "Succeed"} } }
            """,
            """{"x": 1}""",
            """{"T": [{"return": {"y": 1}}]}"""));

        // Not compared: ResultPath "$". The guide (ResultPath: "Use ResultPath to replace the input with the
        // result") replaces the whole input; aws-local-stepfunctions 3.0.0 adds a member named "$" instead.
        // Not compared: a Pass state whose Result is false, 0, "" or null. aws-local-stepfunctions treats a falsy
        // Result as no Result and passes the input on; the guide's Pass state outputs Result as written.
    }

    private static void Paths(List<DifferentialCase> cases)
    {
        const string input = """
            {"items": [{"id": 1, "n": 10, "tags": ["a"]}, {"id": 2, "n": 20}, {"id": 3, "n": 30}],
             "map": {"key with space": "spaced", "k": {"deep": [5, 6, 7]}}, "single": [{"id": 9}]}
            """;
        string Case(string path) => $$"""
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": {"v.$": "{{path}}"}, "End": true} } }
            """;

        foreach (string path in new[]
        {
            "$.items[0]", "$.items[2].n", "$.map.k.deep[1]", "$['map']['key with space']", "$.map['k'].deep",
            "$.items[*].id", "$.items[1:3]", "$.items[:2].n", "$.items[0,2].id", "$.single[*].id",
            "$..deep", "$.items[?(@.n > 15)].id", "$.items[?(@.id == 2)]", "$.map.*",
        })
        {
            cases.Add(new("path: " + path, Case(path), input));
        }

        // Not compared: a path with wildcards or filters that finds nothing (AWS and StepGen give [], the package fails
        // the state with States.Runtime), and negative slices and .length() (jsonpath-plus and the guide's Jayway
        // JsonPath disagree on them).
    }

    private static void ContextObject(List<DifferentialCase> cases)
    {
        cases.Add(new("context: execution and state machine fields", """
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": {
              "name.$": "$$.Execution.Name", "id.$": "$$.Execution.Id", "role.$": "$$.Execution.RoleArn",
              "input.$": "$$.Execution.Input", "inputField.$": "$$.Execution.Input.a",
              "machine.$": "$$.StateMachine.Name", "machineId.$": "$$.StateMachine.Id"}, "End": true}}}
            """,
            """{"a": {"b": 1}}"""));

        cases.Add(new("context: $$.Execution.Input after the data changed", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Result": {"other": true}, "Next": "B"},
              "B": {"Type": "Pass", "Parameters": {"original.$": "$$.Execution.Input", "now.$": "$"}, "End": true}}}
            """,
            """{"a": 1}"""));

        cases.Add(new("context: $$.Map.Item.Index and Value in ItemSelector", """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.xs",
              "ItemSelector": {"index.$": "$$.Map.Item.Index", "value.$": "$$.Map.Item.Value", "outer.$": "$.outer"},
              "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}
            """,
            """{"xs": ["a", {"b": 2}, 3], "outer": "o"}"""));

        // Not compared: $$.Execution.StartTime and $$.State.* (the package sets StartTime from the wall clock and has
        // no State fields), and $$.Execution.Input inside a Map iteration or Parallel branch (the package gives the
        // iteration's or branch's input there; the guide's Context object is the execution's).
    }

    private static void ChoiceRules(List<DifferentialCase> cases)
    {
        const string input = """
            {"s": "banana", "s2": "cherry", "sSame": "banana", "n": 5, "n2": 7.5, "nSame": 5, "neg": -3, "b": true, "b2": false,
             "t": "2024-05-01T12:00:00Z", "t2": "2024-05-01T14:00:00+02:00", "t3": "2025-01-01T00:00:00.500Z",
             "nul": null, "obj": {"x": 1}, "arr": [1], "star": "a*b", "numText": "3", "fileName": "log-2024.txt"}
            """;

        void Rule(string name, string rule, string ruleInput = input) => cases.Add(new("choice: " + name, $$"""
            {"StartAt": "C", "States": {
              "C": {"Type": "Choice", "Choices": [{{rule.Replace("}NEXT", ", \"Next\": \"Yes\"}", StringComparison.Ordinal)}}], "Default": "No"},
              "Yes": {"Type": "Pass", "Result": {"matched": true}, "End": true},
              "No": {"Type": "Pass", "Result": {"matched": "no"}, "End": true} } }
            """, ruleInput));

        foreach ((string op, string value) in new[]
        {
            ("StringEquals", "\"banana\""), ("StringEquals", "\"Banana\""), ("StringLessThan", "\"cherry\""), ("StringLessThan", "\"apple\""),
            ("StringGreaterThan", "\"apple\""), ("StringGreaterThan", "\"banana\""), ("StringLessThanEquals", "\"banana\""),
            ("StringLessThanEquals", "\"b\""), ("StringGreaterThanEquals", "\"banana\""), ("StringGreaterThanEquals", "\"bananas\""),
        })
        {
            Rule($"{op} {value}", $$"""{"Variable": "$.s", "{{op}}": {{value}} }NEXT""");
        }

        foreach ((string op, string path) in new[]
        {
            ("StringEqualsPath", "$.sSame"), ("StringEqualsPath", "$.s2"), ("StringLessThanPath", "$.s2"), ("StringGreaterThanPath", "$.s2"),
            ("StringLessThanEqualsPath", "$.sSame"), ("StringGreaterThanEqualsPath", "$.s2"),
            ("NumericEqualsPath", "$.nSame"), ("NumericLessThanPath", "$.n2"), ("NumericGreaterThanPath", "$.neg"),
            ("NumericLessThanEqualsPath", "$.nSame"), ("NumericGreaterThanEqualsPath", "$.n2"),
        })
        {
            string variable = op.StartsWith("String", StringComparison.Ordinal) ? "$.s" : "$.n";
            Rule($"{op} {path}", $$"""{"Variable": "{{variable}}", "{{op}}": "{{path}}"}NEXT""");
        }

        foreach ((string op, string value) in new[]
        {
            ("NumericEquals", "5"), ("NumericEquals", "5.0"), ("NumericEquals", "6"), ("NumericLessThan", "5.5"), ("NumericLessThan", "5"),
            ("NumericGreaterThan", "-10"), ("NumericGreaterThan", "5"), ("NumericLessThanEquals", "5"), ("NumericLessThanEquals", "4.99"),
            ("NumericGreaterThanEquals", "5"), ("NumericGreaterThanEquals", "5.01"),
        })
        {
            Rule($"{op} {value}", $$"""{"Variable": "$.n", "{{op}}": {{value}} }NEXT""");
        }

        Rule("NumericLessThan on a decimal", """{"Variable": "$.n2", "NumericLessThan": 7.6}NEXT""");
        Rule("BooleanEquals true", """{"Variable": "$.b", "BooleanEquals": true}NEXT""");
        Rule("BooleanEquals false", """{"Variable": "$.b", "BooleanEquals": false}NEXT""");
        Rule("BooleanEqualsPath", """{"Variable": "$.b", "BooleanEqualsPath": "$.b2"}NEXT""");

        foreach ((string op, string value) in new[]
        {
            ("TimestampEquals", "2024-05-01T12:00:00Z"), ("TimestampEquals", "2024-05-01T12:00:01Z"),
            ("TimestampLessThan", "2024-05-01T12:00:01Z"), ("TimestampGreaterThan", "2024-04-30T23:59:59Z"),
            ("TimestampLessThanEquals", "2024-05-01T12:00:00Z"), ("TimestampGreaterThanEquals", "2024-05-01T12:00:01Z"),
        })
        {
            Rule($"{op} {value}", $$"""{"Variable": "$.t", "{{op}}": "{{value}}"}NEXT""");
        }

        foreach ((string op, string path) in new[]
        {
            ("TimestampEqualsPath", "$.t2"), ("TimestampLessThanPath", "$.t3"), ("TimestampGreaterThanPath", "$.t3"),
            ("TimestampLessThanEqualsPath", "$.t2"), ("TimestampGreaterThanEqualsPath", "$.t3"),
        })
        {
            Rule($"{op} {path}", $$"""{"Variable": "$.t", "{{op}}": "{{path}}"}NEXT""");
        }

        foreach ((string pattern, string variable) in new[]
        {
            ("log-*.txt", "$.fileName"), ("*.log", "$.fileName"), ("*", "$.fileName"), ("log-2024.txt", "$.fileName"), ("b*n*a", "$.s"),
        })
        {
            Rule($"StringMatches {pattern} on {variable}", $$"""{"Variable": "{{variable}}", "StringMatches": "{{pattern}}"}NEXT""");
        }

        foreach ((string op, string variable) in new[]
        {
            ("IsNull", "$.nul"), ("IsNull", "$.s"), ("IsPresent", "$.s"), ("IsPresent", "$.absent"), ("IsPresent", "$.nul"),
            ("IsNumeric", "$.n"), ("IsNumeric", "$.numText"), ("IsString", "$.s"), ("IsString", "$.n"), ("IsBoolean", "$.b"),
            ("IsBoolean", "$.nul"), ("IsTimestamp", "$.t"), ("IsTimestamp", "$.s"), ("IsString", "$.obj"), ("IsNumeric", "$.arr"),
        })
        {
            Rule($"{op} true on {variable}", $$"""{"Variable": "{{variable}}", "{{op}}": true}NEXT""");
        }

        // Not compared: IsNull, IsPresent, IsNumeric, IsString, IsBoolean and IsTimestamp with false. The package
        // evaluates "IsX": false as never matching; the guide's rules match when the test is false.
        Rule("And", """{"And": [{"Variable": "$.n", "NumericGreaterThan": 1}, {"Variable": "$.s", "StringEquals": "banana"}]}NEXT""");
        Rule("And with one false", """{"And": [{"Variable": "$.n", "NumericGreaterThan": 1}, {"Variable": "$.b", "BooleanEquals": false}]}NEXT""");
        Rule("Or", """{"Or": [{"Variable": "$.n", "NumericGreaterThan": 100}, {"Variable": "$.b", "BooleanEquals": true}]}NEXT""");
        Rule("Or all false", """{"Or": [{"Variable": "$.n", "NumericGreaterThan": 100}, {"Variable": "$.b", "BooleanEquals": false}]}NEXT""");
        Rule("Not", """{"Not": {"Variable": "$.s", "StringEquals": "apple"}}NEXT""");
        Rule("nested And Or Not", """
            {"And": [{"Not": {"Variable": "$.absent", "IsPresent": true}}, {"Or": [{"Variable": "$.n2", "NumericEquals": 7.5}, {"Variable": "$.nul", "IsNull": true}]}]}NEXT
            """);
        Rule("a later rule matches", """{"Variable": "$.n", "NumericEquals": 1, "Next": "No"}, {"Variable": "$.n", "NumericEquals": 5}NEXT""");
        Rule("StringEquals on a number is false", """{"Variable": "$.n", "StringEquals": "5"}NEXT""");
        Rule("NumericEquals on a string is false", """{"Variable": "$.numText", "NumericEquals": 3}NEXT""");
        Rule("BooleanEquals on a string is false", """{"Variable": "$.s", "BooleanEquals": true}NEXT""");
        Rule("a missing Variable fails with States.Runtime", """{"Variable": "$.absent", "StringEquals": "x"}NEXT""");

        cases.Add(new("choice: no rule matches and no Default", """
            {"StartAt": "C", "States": {
              "C": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericEquals": 1, "Next": "Yes"}]},
              "Yes": {"Type": "Succeed"}}}
            """, input));

        cases.Add(new("choice: InputPath and OutputPath", """
            {"StartAt": "C", "States": {
              "C": {"Type": "Choice", "InputPath": "$.obj", "OutputPath": "$.x", "Choices": [{"Variable": "$.x", "NumericEquals": 1, "Next": "Yes"}], "Default": "No"},
              "Yes": {"Type": "Pass", "ResultPath": "$.was", "Result": "yes", "End": true},
              "No": {"Type": "Fail", "Error": "Wrong", "Cause": "went to No"}}}
            """, """{"obj": {"x": 1}}"""));

        // Not compared: ordering comparisons between a Variable and a value of another type (NumericLessThan on "3",
        // StringLessThan on 5). The package compares them with JavaScript's < and > ("3" < 5 is true); the guide's
        // comparison operators only compare values of their own type.
    }

    private static void Waits(List<DifferentialCase> cases)
    {
        foreach ((string name, string field) in new[]
        {
            ("Seconds", "\"Seconds\": 30"), ("Timestamp", "\"Timestamp\": \"2030-01-01T00:00:00Z\""),
            ("SecondsPath", "\"SecondsPath\": \"$.seconds\""), ("TimestampPath", "\"TimestampPath\": \"$.until\""),
        })
        {
            cases.Add(new("wait: " + name, $$"""
                {"StartAt": "W", "States": {"W": {"Type": "Wait", {{field}}, "Next": "P"},
                  "P": {"Type": "Pass", "Result": "after", "ResultPath": "$.after", "End": true} } }
                """, """{"seconds": 3, "until": "2030-01-01T00:00:00Z"}"""));
        }

        cases.Add(new("wait: InputPath and OutputPath", """
            {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 1, "InputPath": "$.a", "OutputPath": "$.b", "End": true}}}
            """, """{"a": {"b": [1, 2]}}"""));

        // Not compared: SecondsPath or TimestampPath that find a wrong value. The harness overrides every Wait to
        // 0 ms, and the package's override skips evaluating the paths.
    }

    private static void PassFailSucceed(List<DifferentialCase> cases)
    {
        cases.Add(new("pass: Result replaces the input", """
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": {"a": [1, {"b": "c"}]}, "End": true}}}
            """, """{"x": 1}"""));

        cases.Add(new("pass: Result wins over Parameters", """
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": {"p.$": "$.x"}, "Result": "result", "ResultPath": "$.r", "End": true}}}
            """, """{"x": 1}"""));

        cases.Add(new("pass: Result is not a template", """
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": {"not.$": "$.x"}, "End": true}}}
            """, """{"x": 1}"""));

        cases.Add(new("pass: a chain of Pass states", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Parameters": {"v.$": "$.x"}, "ResultPath": "$.a", "Next": "B"},
              "B": {"Type": "Pass", "InputPath": "$.a", "Parameters": {"w.$": "$.v"}, "ResultPath": "$.b", "Next": "C"},
              "C": {"Type": "Pass", "OutputPath": "$.b", "End": true}}}
            """, """{"x": 1}"""));

        cases.Add(new("fail: Error and Cause", """
            {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "Custom.Error", "Cause": "Something broke"}}}
            """, """{}"""));

        cases.Add(new("fail: ErrorPath and CausePath", """
            {"StartAt": "F", "States": {"F": {"Type": "Fail", "ErrorPath": "$.e", "CausePath": "$.c"}}}
            """, """{"e": "From.Path", "c": "the cause from the input"}"""));

        cases.Add(new("fail: reached after a Choice", """
            {"StartAt": "C", "States": {
              "C": {"Type": "Choice", "Choices": [{"Variable": "$.ok", "BooleanEquals": false, "Next": "F"}], "Default": "S"},
              "F": {"Type": "Fail", "Error": "NotOk", "Cause": "ok was false"},
              "S": {"Type": "Succeed"}}}
            """, """{"ok": false}"""));

        cases.Add(new("succeed: InputPath and OutputPath", """
            {"StartAt": "S", "States": {"S": {"Type": "Succeed", "InputPath": "$.a", "OutputPath": "$.b"}}}
            """, """{"a": {"b": {"c": 1}}}"""));

        // Not compared: a Fail state without Cause (the package reports the cause "Execution failed because of a
        // Fail state", AWS none) or without Error (the package reports "FailStateError", AWS none).
    }

    private static void Parallel(List<DifferentialCase> cases)
    {
        cases.Add(new("parallel: branches get the same input; the output is their outputs in order", $$"""
            {"StartAt": "P", "States": {"P": {"Type": "Parallel", "ResultPath": "$.results", "End": true, "Branches": [
              {"StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": {"a.$": "$.x"}, "End": true} } },
              {"StartAt": "B", "States": {"B": {"Type": "Task", "Resource": "{{Lambda}}", "End": true} } },
              {"StartAt": "C", "States": {"C": {"Type": "Wait", "Seconds": 5, "Next": "D"}, "D": {"Type": "Pass", "Result": 3, "End": true} } }]} } }
            """, """{"x": 1}""", """{"B": [{"return": "b"}]}"""));

        cases.Add(new("parallel: Parameters, ResultSelector and OutputPath", """
            {"StartAt": "P", "States": {"P": {"Type": "Parallel", "Parameters": {"v.$": "$.x", "k": "lit"},
              "ResultSelector": {"first.$": "$[0].v", "second.$": "$[1]"}, "ResultPath": "$.r", "OutputPath": "$.r", "End": true, "Branches": [
              {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
              {"StartAt": "B", "States": {"B": {"Type": "Pass", "InputPath": "$.k", "End": true}}}]}}}
            """, """{"x": [1, 2]}"""));

        cases.Add(new("parallel: a failing branch fails the state", """
            {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
              {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
              {"StartAt": "B", "States": {"B": {"Type": "Fail", "Error": "Branch.Failed", "Cause": "B failed"}}}]}}}
            """, """{}"""));

        cases.Add(new("parallel: Catch with ResultPath", """
            {"StartAt": "P", "States": {"P": {"Type": "Parallel", "Next": "Done",
              "Catch": [{"ErrorEquals": ["Branch.Failed"], "ResultPath": "$.error", "Next": "Handled"}], "Branches": [
              {"StartAt": "B", "States": {"B": {"Type": "Fail", "Error": "Branch.Failed", "Cause": "B failed"}}}]},
              "Handled": {"Type": "Pass", "Result": "handled", "ResultPath": "$.status", "End": true},
              "Done": {"Type": "Succeed"}}}
            """, """{"x": 1}"""));

        cases.Add(new("parallel: nested Parallel", """
            {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
              {"StartAt": "Q", "States": {"Q": {"Type": "Parallel", "End": true, "Branches": [
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": "a", "End": true}}},
                {"StartAt": "B", "States": {"B": {"Type": "Pass", "Result": "b", "End": true}}}]}}},
              {"StartAt": "C", "States": {"C": {"Type": "Pass", "End": true}}}]}}}
            """, """{"in": true}"""));

        cases.Add(new("parallel: Retry then success of a branch", $$"""
            {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true,
              "Retry": [{"ErrorEquals": ["Flaky"], "MaxAttempts": 3}], "Branches": [
              {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "{{Lambda}}", "End": true} } }]} } }
            """, """{}""", """{"T": [{"throw": {"error": "Flaky", "cause": "1"}}, {"throw": {"error": "Flaky", "cause": "2"}}, {"return": "ok"}]}"""));
    }

    private static void Map(List<DifferentialCase> cases)
    {
        cases.Add(new("map: ItemsPath and ItemProcessor", """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.xs", "ResultPath": "$.ys", "End": true,
              "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "P", "States": {
                "P": {"Type": "Pass", "Parameters": {"doubled.$": "States.MathAdd($.v, $.v)"}, "End": true}}}}}}
            """, """{"xs": [{"v": 1}, {"v": 2}, {"v": 3}]}"""));

        cases.Add(new("map: the input itself as the items", """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
              "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": "seen", "ResultPath": null, "End": true}}}}}}
            """, """[1, "two", null, {"four": 4}]"""));

        cases.Add(new("map: MaxConcurrency 1 with Tasks", $$"""
            {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.xs", "MaxConcurrency": 1, "End": true,
              "ItemSelector": {"item.$": "$$.Map.Item.Value", "i.$": "$$.Map.Item.Index"},
              "ItemProcessor": {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "{{Lambda}}", "ResultPath": "$.r", "End": true} } } } } }
            """, """{"xs": ["a", "b"]}""", """{"T": [{"return": {"ok": 1}}]}"""));

        cases.Add(new("map: MaxConcurrency 2 and an empty array", """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.xs", "MaxConcurrency": 2, "ResultPath": "$.out", "End": true,
              "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}
            """, """{"xs": []}"""));

        cases.Add(new("map: legacy Iterator and Parameters", """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.xs",
              "Parameters": {"x.$": "$$.Map.Item.Value", "tag.$": "$.tag"}, "End": true,
              "Iterator": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}
            """, """{"xs": [1, 2], "tag": "t"}"""));

        cases.Add(new("map: ResultSelector and OutputPath", """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.xs", "ResultSelector": {"all.$": "$", "n.$": "States.ArrayLength($)"},
              "ResultPath": "$.r", "OutputPath": "$.r", "End": true,
              "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}
            """, """{"xs": [3, 1, 2]}"""));

        cases.Add(new("map: nested Map", """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.rows", "End": true,
              "ItemProcessor": {"StartAt": "Inner", "States": {"Inner": {"Type": "Map", "ItemsPath": "$.cells",
                "ItemSelector": {"cell.$": "$$.Map.Item.Value", "row.$": "$.name"}, "End": true,
                "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}}}}
            """, """{"rows": [{"name": "r1", "cells": [1, 2]}, {"name": "r2", "cells": [3]}]}"""));

        cases.Add(new("map: a failing iteration fails the Map; Catch handles it", """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.xs", "Next": "Done",
              "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.failure", "Next": "Handled"}],
              "ItemProcessor": {"StartAt": "C", "States": {
                "C": {"Type": "Choice", "Choices": [{"Variable": "$", "NumericGreaterThan": 1, "Next": "Bad"}], "Default": "Ok"},
                "Bad": {"Type": "Fail", "Error": "TooBig", "Cause": "item over 1"},
                "Ok": {"Type": "Pass", "End": true}}}},
              "Handled": {"Type": "Pass", "End": true},
              "Done": {"Type": "Succeed"}}}
            """, """{"xs": [1, 2, 3]}"""));

        cases.Add(new("map: an iteration that fails with nothing to catch it", """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
              "ItemProcessor": {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "Iteration.Failed", "Cause": "every item fails"}}}}}}
            """, """[1]"""));

        cases.Add(new("map: ItemsPath that is not an array fails with States.Runtime", """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.xs", "End": true,
              "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}
            """, """{"xs": {"not": "an array"}}"""));
    }

    private static void ErrorHandling(List<DifferentialCase> cases)
    {
        string TaskMachine(string retry, string @catch = "[]") => $$"""
            {"StartAt": "T", "States": {
              "T": {"Type": "Task", "Resource": "{{Lambda}}", "Retry": {{retry}}, "Catch": {{@catch}}, "ResultPath": "$.result", "Next": "Done"},
              "Done": {"Type": "Pass", "End": true}{{(@catch == "[]" ? string.Empty : ", \"Handled\": {\"Type\": \"Pass\", \"End\": true}")}} } }
            """;
        const string FailTwiceThenReturn = """
            {"T": [{"throw": {"error": "Flaky", "cause": "first"}}, {"throw": {"error": "Flaky", "cause": "second"}}, {"return": {"ok": true}}]}
            """;

        cases.Add(new("retry: two failures then success", TaskMachine("""[{"ErrorEquals": ["Flaky"], "IntervalSeconds": 1, "MaxAttempts": 2}]"""),
            """{"x": 1}""", FailTwiceThenReturn));
        cases.Add(new("retry: attempts run out", TaskMachine("""[{"ErrorEquals": ["Flaky"], "MaxAttempts": 1}]"""),
            """{"x": 1}""", FailTwiceThenReturn));
        cases.Add(new("retry: MaxAttempts 0 never retries", TaskMachine("""[{"ErrorEquals": ["Flaky"], "MaxAttempts": 0}]"""),
            """{"x": 1}""", FailTwiceThenReturn));
        cases.Add(new("retry: the default MaxAttempts is 3", TaskMachine("""[{"ErrorEquals": ["Flaky"]}]"""),
            """{"x": 1}""", """{"T": [{"throw": {"error": "Flaky", "cause": "1"}}, {"throw": {"error": "Flaky", "cause": "2"}}, {"throw": {"error": "Flaky", "cause": "3"}}, {"return": 4}]}"""));
        cases.Add(new("retry: the default MaxAttempts is 3, and a fifth attempt never comes", TaskMachine("""[{"ErrorEquals": ["Flaky"]}]"""),
            """{"x": 1}""", """{"T": [{"throw": {"error": "Flaky", "cause": "1"}}, {"throw": {"error": "Flaky", "cause": "2"}}, {"throw": {"error": "Flaky", "cause": "3"}}, {"throw": {"error": "Flaky", "cause": "4"}}, {"return": 5}]}"""));
        cases.Add(new("retry: only a matching retrier retries", TaskMachine("""[{"ErrorEquals": ["Other"], "MaxAttempts": 5}]"""),
            """{"x": 1}""", FailTwiceThenReturn));
        cases.Add(new("retry: States.ALL", TaskMachine("""[{"ErrorEquals": ["Other"], "MaxAttempts": 5}, {"ErrorEquals": ["States.ALL"], "MaxAttempts": 2}]"""),
            """{"x": 1}""", FailTwiceThenReturn));
        cases.Add(new("retry: States.TaskFailed matches a Task's error", TaskMachine("""[{"ErrorEquals": ["States.TaskFailed"], "MaxAttempts": 2}]"""),
            """{"x": 1}""", FailTwiceThenReturn));
        cases.Add(new("retry: each retrier counts its own attempts", TaskMachine("""[{"ErrorEquals": ["A"], "MaxAttempts": 1}, {"ErrorEquals": ["B"], "MaxAttempts": 1}]"""),
            """{"x": 1}""", """{"T": [{"throw": {"error": "A", "cause": "a"}}, {"throw": {"error": "B", "cause": "b"}}, {"return": "third time"}]}"""));
        cases.Add(new("retry: a retrier that ran out does not hand over to a later one", TaskMachine("""[{"ErrorEquals": ["A"], "MaxAttempts": 1}, {"ErrorEquals": ["States.ALL"], "MaxAttempts": 3}]"""),
            """{"x": 1}""", """{"T": [{"throw": {"error": "A", "cause": "a1"}}, {"throw": {"error": "A", "cause": "a2"}}, {"return": "third time"}]}"""));
        cases.Add(new("retry: BackoffRate, MaxDelaySeconds and JitterStrategy do not change the outcome", TaskMachine("""
            [{"ErrorEquals": ["Flaky"], "IntervalSeconds": 2, "BackoffRate": 3.5, "MaxDelaySeconds": 5, "JitterStrategy": "FULL", "MaxAttempts": 2}]
            """), """{"x": 1}""", FailTwiceThenReturn));

        cases.Add(new("catch: ResultPath keeps the input and adds Error and Cause",
            TaskMachine("[]", """[{"ErrorEquals": ["Flaky"], "ResultPath": "$.error", "Next": "Handled"}]"""), """{"x": 1}""", FailTwiceThenReturn));
        cases.Add(new("catch: without ResultPath the error output replaces the input",
            TaskMachine("[]", """[{"ErrorEquals": ["Flaky"], "Next": "Handled"}]"""), """{"x": 1}""", FailTwiceThenReturn));
        cases.Add(new("catch: null ResultPath keeps the input",
            TaskMachine("[]", """[{"ErrorEquals": ["Flaky"], "ResultPath": null, "Next": "Handled"}]"""), """{"x": 1}""", FailTwiceThenReturn));
        cases.Add(new("catch: the first matching catcher wins",
            TaskMachine("[]", """[{"ErrorEquals": ["Other"], "Next": "Done"}, {"ErrorEquals": ["States.TaskFailed"], "ResultPath": "$.e", "Next": "Handled"}, {"ErrorEquals": ["States.ALL"], "Next": "Done"}]"""),
            """{"x": 1}""", FailTwiceThenReturn));
        cases.Add(new("catch: after the retries run out",
            TaskMachine("""[{"ErrorEquals": ["Flaky"], "MaxAttempts": 1}]""", """[{"ErrorEquals": ["Flaky"], "ResultPath": "$.error", "Next": "Handled"}]"""),
            """{"x": 1}""", FailTwiceThenReturn));
        cases.Add(new("catch: nothing matches, the execution fails with the task's error",
            TaskMachine("[]", """[{"ErrorEquals": ["Other"], "Next": "Handled"}]"""), """{"x": 1}""", FailTwiceThenReturn));
        cases.Add(new("catch: an error output with an empty cause",
            TaskMachine("[]", """[{"ErrorEquals": ["States.ALL"], "Next": "Handled"}]"""), """{"x": 1}""", """{"T": [{"throw": {"error": "NoCause", "cause": ""}}]}"""));
        cases.Add(new("catch: the ResultSelector is skipped on error", $$"""
            {"StartAt": "T", "States": {
              "T": {"Type": "Task", "Resource": "{{Lambda}}", "ResultSelector": {"v.$": "$.v"},
                    "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.err", "Next": "Handled"}], "End": true},
              "Handled": {"Type": "Pass", "End": true} } }
            """, """{"x": 1}""", """{"T": [{"throw": {"error": "E", "cause": "c"}}]}"""));
        cases.Add(new("catch: a Map catches its iteration's Task error after the Task's own retries", $$"""
            {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.xs", "End": true,
              "ItemProcessor": {"StartAt": "T", "States": {
                "T": {"Type": "Task", "Resource": "{{Lambda}}", "Retry": [{"ErrorEquals": ["E"], "MaxAttempts": 2}],
                      "Catch": [{"ErrorEquals": ["E"], "ResultPath": "$.caught", "Next": "After"}], "End": true},
                "After": {"Type": "Pass", "End": true} } } } } }
            """, """{"xs": [{"i": 1}, {"i": 2}]}""", """{"T": [{"throw": {"error": "E", "cause": "always"}}]}"""));
    }

    private static void Intrinsics(List<DifferentialCase> cases)
    {
        const string input = """
            {"name": "World", "n": 3, "m": 4.5, "neg": -7, "flag": true, "nul": null, "list": [1, 2, 2, 3, 1], "words": "a,b,c",
             "obj": {"a": 1, "b": {"c": 2}}, "obj2": {"b": 3, "d": 4}, "json": "{\"k\": [1, 2]}", "b64": "SGVsbG8gV29ybGQ=",
             "strs": ["x", "y", "x"], "objs": [{"a": 1}, {"a": 1}, {"a": 2}], "mixed": [1, "1", true, null, {"a": 1}, [1]]}
            """;

        void Fn(string name, params string[] expressions)
        {
            var template = new JsonObject();
            for (int i = 0; i < expressions.Length; i++)
            {
                template[$"r{i}.$"] = expressions[i];
            }

            var definition = new JsonObject
            {
                ["StartAt"] = "P",
                ["States"] = new JsonObject { ["P"] = new JsonObject { ["Type"] = "Pass", ["Parameters"] = template, ["End"] = true } },
            };
            cases.Add(new DifferentialCase("intrinsic: " + name, definition, JsonNode.Parse(input), new JsonObject()));
        }

        Fn("States.Format", "States.Format('Hello, {}!', $.name)", "States.Format('{} + {} = {}', $.n, $.m, $.flag)",
            "States.Format('{} and {}', $.nul, 'literal')", "States.Format('no placeholders')", "States.Format('{}{}', $.name, $.neg)");
        Fn("States.Format with escapes", "States.Format('it\\'s {}', $.name)", "States.Format('braces \\{\\} around {}', $.n)");
        Fn("States.StringToJson", "States.StringToJson($.json)", "States.StringToJson('{\"a\": true}')", "States.StringToJson('12')");
        Fn("States.JsonToString", "States.JsonToString($.obj)", "States.JsonToString($.list)", "States.JsonToString($.n)");
        Fn("States.Array", "States.Array($.n, $.name, $.flag, $.nul, $.obj, $.list)", "States.Array()", "States.Array('one')");
        Fn("States.ArrayPartition", "States.ArrayPartition($.list, 2)", "States.ArrayPartition($.list, 5)", "States.ArrayPartition($.list, 10)");
        Fn("States.ArrayContains", "States.ArrayContains($.list, 3)", "States.ArrayContains($.list, 4)", "States.ArrayContains($.objs, $.obj)",
            "States.ArrayContains($.mixed, 'true')", "States.ArrayContains($.strs, 'y')");
        Fn("States.ArrayRange", "States.ArrayRange(1, 9, 2)", "States.ArrayRange(10, 1, -3)", "States.ArrayRange(0, 0, 1)", "States.ArrayRange(5, 1, 1)");
        Fn("States.ArrayGetItem", "States.ArrayGetItem($.list, 0)", "States.ArrayGetItem($.mixed, 4)", "States.ArrayGetItem($.strs, 2)");
        Fn("States.ArrayLength", "States.ArrayLength($.list)", "States.ArrayLength($.mixed)", "States.ArrayLength(States.Array())");
        Fn("States.ArrayUnique", "States.ArrayUnique($.list)", "States.ArrayUnique($.strs)", "States.ArrayUnique($.objs)", "States.ArrayUnique($.mixed)");
        Fn("States.Base64Encode and Decode", "States.Base64Encode($.name)", "States.Base64Decode($.b64)", "States.Base64Decode(States.Base64Encode('round trip'))");
        Fn("States.Hash", "States.Hash($.name, 'MD5')", "States.Hash($.name, 'SHA-1')", "States.Hash($.name, 'SHA-256')",
            "States.Hash($.name, 'SHA-384')", "States.Hash($.name, 'SHA-512')", "States.Hash('', 'SHA-256')");
        // One JsonMerge per state: the package's merges into its first argument in place, so a second call in the same
        // template sees the first one's result.
        Fn("States.JsonMerge", "States.JsonMerge($.obj, $.obj2, false)");
        Fn("States.JsonMerge the other way", "States.JsonMerge($.obj2, $.obj, false)");
        Fn("States.MathAdd", "States.MathAdd($.n, 1)", "States.MathAdd($.neg, $.n)", "States.MathAdd(-1, -1)");
        Fn("States.StringSplit", "States.StringSplit($.words, ',')", "States.StringSplit('a b c', ' ')", "States.StringSplit($.name, 'x')");
        Fn("nested intrinsics", "States.ArrayLength(States.StringSplit($.words, ','))",
            "States.Format('{} items', States.ArrayLength($.list))", "States.StringToJson(States.JsonToString($.obj))",
            "States.ArrayGetItem(States.ArrayPartition($.list, 2), 1)");
        Fn("intrinsics with context paths", "States.Format('{} ran {}', $$.Execution.Name, $$.StateMachine.Name)");

        // Not compared: States.Hash of a string of 56 bytes or more (112 for SHA-384 and SHA-512): the package's own
        // MD5 and SHA code pads a message that needs a second block wrongly, and gives a wrong digest; StepGen's agree
        // with .NET's and Python's hashlib.
        // Not compared: States.StringSplit with a delimiter of several characters (the guide's example splits
        // "This.is+a,test=string" on each of ".+,="; the package splits on the whole string) or with delimiters next to
        // each other (the package keeps the empty pieces, StepGen drops them as AWS does in LocalStack's recordings; the
        // guide is silent); States.ArrayGetItem with an index outside the array (the package returns null, StepGen
        // fails with States.IntrinsicFailure; the guide is silent); States.UUID and States.MathRandom (random),
        // States.JsonMerge with deep merge (the package refuses it), and intrinsic failures (the package fails with States.Runtime, which nothing catches; the guide
        // names States.IntrinsicFailure, which a catcher can handle).
    }
}
