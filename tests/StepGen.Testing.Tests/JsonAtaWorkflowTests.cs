using System.Net;

using StepGen.Testing;

namespace StepGen.Testing.Tests;

/// <summary>
/// JSONata states through whole executions: every state type, $states in each field, variables, Catch and Retry
/// of States.QueryEvaluationError, and machines that mix JSONPath and JSONata states.
/// </summary>
public class JsonAtaWorkflowTests
{
    private static StateMachineRunner Machine(string states, string startAt = "A") => StateMachineRunner.FromDefinition(
        "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"" + startAt + "\", \"States\": " + states + "}", "JsonAtaStatesTest");

    [Fact]
    public async Task Pass_Output_reads_the_input_and_every_expression_sees_the_variables_of_the_state_entry()
    {
        var runner = Machine("""
            {"A": {"Type": "Pass", "Assign": {"x": 1}, "Next": "B"},
             "B": {"Type": "Pass", "Assign": {"x": "{% $x + 1 %}", "before": "{% $x %}"},
                   "Output": {"x": "{% $x %}", "name": "{% $states.input.name %}", "list": ["{% $x * 10 %}", "literal", 3]}, "Next": "C"},
             "C": {"Type": "Pass", "Output": {"in": "{% $states.input %}", "x": "{% $x %}", "before": "{% $before %}"}, "End": true}}
            """);

        ExecutionResult result = await runner.RunAsync("""{"name": "ann"}""");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""{"in":{"x":1,"name":"ann","list":[10,"literal",3]},"x":2,"before":1}""", result.OutputJson);
        Assert.Equal("""{"name":"ann"}""", result.State("A")[0].OutputJson);
    }

    [Fact]
    public async Task Task_Arguments_read_input_and_context_and_Output_and_Assign_read_the_result()
    {
        string? payload = null;
        var runner = Machine("""
            {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                   "Arguments": {"FunctionName": "price", "Payload": {"id": "{% $states.input.order.id %}", "execution": "{% $states.context.Execution.Name %}"}},
                   "Assign": {"total": "{% $states.result.Payload.total %}"},
                   "Output": {"total": "{% $states.result.Payload.total %}", "id": "{% $states.input.order.id %}"}, "Next": "B"},
             "B": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Output": "{% $states.result.Payload + $total %}", "End": true}}
            """)
            .MockState("A", call =>
            {
                payload = call.PayloadJson;
                return TaskOutcome.Return("""{"StatusCode": 200, "Payload": {"total": 40}}""");
            })
            .MockState("B", call => TaskOutcome.Return($$"""{"Payload": 2, "sent": {{call.PayloadJson}}}"""));

        ExecutionResult result = await runner.RunAsync("""{"order": {"id": "o-1"}}""");

        Assert.Equal("""{"FunctionName":"price","Payload":{"id":"o-1","execution":"test-execution"}}""", payload);
        Assert.Equal("""{"total":40,"id":"o-1"}""", result.State("A")[0].OutputJson);
        // Without Arguments a Task sends its input; without Output its output is the result.
        Assert.Equal("42", result.OutputJson);
    }

    [Fact]
    public async Task The_States_Languages_JSONata_Evaluation_example_gives_its_arguments_and_output()
    {
        // The States Language, "JSONata Evaluation": expressions in Arguments' members and array items, and a whole
        // Output expression, with the values the specification prints.
        string? arguments = null;
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "GetSampleData", "States": {
              "GetSampleData": {"Type": "Pass", "Assign": {
                  "student": {"name": "Scotland", "course": [{"grade": 34}, {"grade": 99}, {"grade": 76}, {"grade": 96}]},
                  "class": {"teacher": "Bert"}, "two": "the number 2"}, "Next": "A Task"},
              "A Task": {"Type": "Task", "QueryLanguage": "JSONata", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:DoTheTask",
                "Arguments": {"student": "{% $student.name %}", "classInfo": {"teacher": "{% $class.teacher %}"}, "values": [1, "{% $two %}", "three"]},
                "Output": "{% { 'avg': $average($student.course.grade), 'num': $count($student.course) }  %}", "End": true}}}
            """).MockState("A Task", call =>
            {
                arguments = call.PayloadJson;
                return TaskOutcome.Return("{}");
            });

        ExecutionResult result = await runner.RunAsync();

        Assert.Equal("""{"student":"Scotland","classInfo":{"teacher":"Bert"},"values":[1,"the number 2","three"]}""", arguments);
        Assert.Equal("""{"avg":76.25,"num":4}""", result.OutputJson);
    }

    [Fact]
    public async Task A_Task_without_Output_passes_its_result_on()
    {
        string? payload = null;
        var runner = Machine("""{"A": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "End": true}}""")
            .MockState("A", call =>
            {
                payload = call.PayloadJson;
                return TaskOutcome.Return("""{"MessageId": "m-1"}""");
            });

        ExecutionResult result = await runner.RunAsync("""{"QueueUrl": "q", "MessageBody": "hi"}""");

        Assert.Equal("""{"QueueUrl":"q","MessageBody":"hi"}""", payload);
        Assert.Equal("""{"MessageId":"m-1"}""", result.OutputJson);
    }

    [Fact]
    public async Task TimeoutSeconds_and_HeartbeatSeconds_may_be_expressions()
    {
        var runner = Machine("""
            {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": "{% $states.input.limit %}",
                   "HeartbeatSeconds": "{% $states.input.limit - 1 %}", "End": true}}
            """).MockState("A", _ => TaskOutcome.Return("{}").After(TimeSpan.FromSeconds(30)).WithHeartbeats(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(12), TimeSpan.FromSeconds(19), TimeSpan.FromSeconds(26)));

        ExecutionResult timedOut = await runner.RunAsync("""{"limit": 10}""");
        ExecutionResult inTime = await runner.RunAsync("""{"limit": 60}""");

        Assert.Equal("States.Timeout", timedOut.Error);
        Assert.Equal(TimeSpan.FromSeconds(10), timedOut.Duration);
        Assert.Equal(ExecutionStatus.Succeeded, inTime.Status);
    }

    [Fact]
    public async Task A_Catcher_Output_and_Assign_read_the_error_output()
    {
        StateMachineRunner Runner() => Machine("""
            {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                   "Catch": [{"ErrorEquals": ["Custom.Boom"], "Next": "Handled",
                              "Assign": {"failedWith": "{% $states.errorOutput.Error %}"},
                              "Output": {"why": "{% $states.errorOutput.Cause %}", "id": "{% $states.input.id %}"}},
                             {"ErrorEquals": ["States.ALL"], "Next": "Default"}], "End": true},
             "Handled": {"Type": "Pass", "Output": {"caught": "{% $states.input %}", "error": "{% $failedWith %}"}, "End": true},
             "Default": {"Type": "Succeed"}}
            """);

        ExecutionResult boom = await Runner().MockState("A", _ => TaskOutcome.Throw("Custom.Boom", "it broke")).RunAsync("""{"id": 7}""");
        ExecutionResult other = await Runner().MockState("A", _ => TaskOutcome.Throw("Custom.Other", "no")).RunAsync("""{"id": 7}""");

        Assert.Equal("""{"caught":{"why":"it broke","id":7},"error":"Custom.Boom"}""", boom.OutputJson);
        // Without Output a catcher passes the error output on.
        Assert.Equal("""{"Error":"Custom.Other","Cause":"no"}""", other.OutputJson);
    }

    [Fact]
    public async Task Choice_Conditions_pick_the_rule_whose_Output_and_Assign_take_the_place_of_the_states()
    {
        // The States Language's JSONata Choice example: a chosen rule's Output, if any, is the state output, else
        // the input passes through; its Assign, if any, is evaluated and the state's is not. The state's own
        // Output and Assign apply when no rule matches.
        var runner = Machine("""
            {"A": {"Type": "Pass", "Assign": {"route": "none"}, "Next": "Choose"},
             "Choose": {"Type": "Choice", "Assign": {"route": "default"}, "Output": {"from": "state"},
                   "Choices": [
                     {"Condition": "{% $states.input.n > 10 %}", "Next": "Done", "Assign": {"route": "big"}, "Output": {"big": "{% $states.input.n %}"}},
                     {"Condition": "{% $states.input.n > 5 %}", "Next": "Done", "Assign": {"route": "medium"}},
                     {"Condition": "{% $states.input.n = 3 %}", "Next": "Done"},
                     {"Condition": false, "Next": "Done"}],
                   "Default": "Done"},
             "Done": {"Type": "Pass", "Output": {"in": "{% $states.input %}", "route": "{% $route %}"}, "End": true}}
            """);

        ExecutionResult big = await runner.RunAsync("""{"n": 12}""");
        ExecutionResult medium = await runner.RunAsync("""{"n": 7}""");
        ExecutionResult three = await runner.RunAsync("""{"n": 3}""");
        ExecutionResult small = await runner.RunAsync("""{"n": 1}""");

        Assert.Equal("""{"in":{"big":12},"route":"big"}""", big.OutputJson);
        Assert.Equal("""{"in":{"n":7},"route":"medium"}""", medium.OutputJson);
        Assert.Equal("""{"in":{"n":3},"route":"none"}""", three.OutputJson);
        Assert.Equal("""{"in":{"from":"state"},"route":"default"}""", small.OutputJson);
    }

    [Fact]
    public async Task A_Condition_that_is_not_a_boolean_is_a_QueryEvaluationError()
    {
        var runner = Machine("""
            {"A": {"Type": "Choice", "Choices": [{"Condition": "{% $states.input.n %}", "Next": "B"}], "Default": "B"},
             "B": {"Type": "Succeed"}}
            """);

        ExecutionResult result = await runner.RunAsync("""{"n": "yes"}""");

        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.EndsWith("The JSONata expression '$states.input.n' specified for the field 'Choices[0]/Condition' returned \"yes\", not a boolean.", result.Cause);
    }

    [Fact]
    public async Task Wait_Seconds_and_Timestamp_may_be_expressions_and_now_is_the_virtual_clock()
    {
        var runner = Machine("""
            {"A": {"Type": "Wait", "Seconds": "{% $states.input.delay * 2 %}", "Next": "B"},
             "B": {"Type": "Wait", "Timestamp": "{% $states.input.until %}", "Next": "C"},
             "C": {"Type": "Succeed", "Output": {"now": "{% $now() %}", "millis": "{% $millis() %}"}}}
            """);

        ExecutionResult result = await runner.RunAsync("""{"delay": 30, "until": "2026-01-01T00:05:00Z"}""");

        Assert.Equal(ExecutionOptions.DefaultStartTime.AddSeconds(60), result.State("B")[0].Entered);
        Assert.Equal(TimeSpan.FromMinutes(5), result.Duration);
        Assert.Equal("2026-01-01T00:05:00.000Z", (string?)result.Output!["now"]);
        Assert.Equal(ExecutionOptions.DefaultStartTime.AddMinutes(5).ToUnixTimeMilliseconds(), (long?)result.Output!["millis"]);
    }

    [Fact]
    public async Task Fail_Error_and_Cause_may_be_expressions()
    {
        var runner = Machine("""
            {"A": {"Type": "Fail", "Error": "{% 'Order.' & $states.input.code %}", "Cause": "{% 'order ' & $states.input.id & ' rejected' %}"}}
            """);

        ExecutionResult result = await runner.RunAsync("""{"code": "Empty", "id": "o-9"}""");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("Order.Empty", result.Error);
        Assert.Equal("order o-9 rejected", result.Cause);
    }

    [Fact]
    public async Task Map_Items_and_ItemSelector_with_Map_Item_and_the_outer_variables()
    {
        var inputs = new List<string>();
        var runner = Machine("""
            {"A": {"Type": "Pass", "Assign": {"factor": 10}, "Next": "Each"},
             "Each": {"Type": "Map", "Items": "{% $states.input.orders[total > 0] %}", "MaxConcurrency": "{% 1 + 1 %}",
                      "ItemSelector": {"index": "{% $states.context.Map.Item.Index %}", "id": "{% $states.context.Map.Item.Value.id %}",
                                       "scaled": "{% $states.context.Map.Item.Value.total * $factor %}", "batch": "{% $states.input.batch %}"},
                      "ItemProcessor": {"StartAt": "Work", "States": {
                        "Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Output": "{% $states.result & '/' & $factor %}", "End": true}}},
                      "Output": {"results": "{% $states.result %}", "count": "{% $count($states.result) %}"}, "End": true}}
            """).MockState("Work", call =>
            {
                inputs.Add(call.PayloadJson);
                return TaskOutcome.Return("\"" + (string?)call.Payload!["id"] + "\"");
            });

        ExecutionResult result = await runner.RunAsync("""{"batch": "b1", "orders": [{"id": "x", "total": 1}, {"id": "y", "total": 0}, {"id": "z", "total": 3}]}""");

        Assert.Equal(
            new[] { """{"index":0,"id":"x","scaled":10,"batch":"b1"}""", """{"index":1,"id":"z","scaled":30,"batch":"b1"}""" },
            inputs);
        Assert.Equal("""{"results":["x/10","z/10"],"count":2}""", result.OutputJson);
    }

    [Fact]
    public async Task Map_Items_may_be_an_array_holding_expressions_and_default_to_the_input()
    {
        var runner = Machine("""
            {"A": {"Type": "Map", "Items": [1, "{% $states.input.n %}", {"k": "{% $states.input.n + 1 %}"}],
                   "ItemProcessor": {"StartAt": "Echo", "States": {"Echo": {"Type": "Pass", "End": true}}}, "Next": "B"},
             "B": {"Type": "Map", "ItemProcessor": {"StartAt": "Echo2", "States": {"Echo2": {"Type": "Pass", "End": true}}}, "End": true}}
            """);

        ExecutionResult result = await runner.RunAsync("""{"n": 5}""");

        Assert.Equal("""[1,5,{"k":6}]""", result.State("A")[0].OutputJson);
        Assert.Equal("""[1,5,{"k":6}]""", result.OutputJson);
    }

    [Fact]
    public async Task Map_Items_that_are_not_an_array_fail_the_state()
    {
        var runner = Machine("""
            {"A": {"Type": "Map", "Items": "{% $states.input.one %}",
                   "ItemProcessor": {"StartAt": "Echo", "States": {"Echo": {"Type": "Pass", "End": true}}}, "End": true}}
            """);

        ExecutionResult result = await runner.RunAsync("""{"one": {"not": "an array"}}""");

        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.Contains("'Items'", result.Cause);
    }

    [Fact]
    public async Task Parallel_Arguments_are_each_branchs_input_and_branches_read_the_outer_variables()
    {
        var runner = Machine("""
            {"A": {"Type": "Pass", "Assign": {"greeting": "hi"}, "Next": "Both"},
             "Both": {"Type": "Parallel", "Arguments": {"who": "{% $states.input.name %}"},
                      "Branches": [
                        {"StartAt": "One", "States": {"One": {"Type": "Pass", "Output": "{% $greeting & ' ' & $states.input.who %}", "End": true}}},
                        {"StartAt": "Two", "States": {"Two": {"Type": "Pass", "Assign": {"inner": 2}, "Output": "{% $states.input %}", "End": true}}}],
                      "Output": {"first": "{% $states.result[0] %}", "second": "{% $states.result[1] %}", "input": "{% $states.input.name %}"}, "End": true}}
            """);

        ExecutionResult result = await runner.RunAsync("""{"name": "ann"}""");

        Assert.Equal("""{"first":"hi ann","second":{"who":"ann"},"input":"ann"}""", result.OutputJson);
    }

    [Fact]
    public async Task An_HTTP_Task_sends_the_request_its_Arguments_describe()
    {
        HttpRequestMessage? sent = null;
        string? body = null;
        var runner = Machine("""
            {"A": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                   "Arguments": {"ApiEndpoint": "{% 'https://api.example.com/orders/' & $states.input.id %}", "Method": "{% $states.input.method %}",
                                 "InvocationConfig": {"ConnectionArn": "arn:aws:events:us-east-1:123456789012:connection/Api/1"},
                                 "Headers": {"x-order": "{% $states.input.id %}"}, "QueryParameters": {"verbose": "{% $string($states.input.verbose) %}"},
                                 "RequestBody": {"items": "{% $count($states.input.items) %}"}},
                   "Output": {"status": "{% $states.result.StatusCode %}", "queued": "{% $states.result.ResponseBody.queued %}"}, "End": true}}
            """).UseHttpHandler(request =>
            {
                sent = request;
                body = request.Content!.ReadAsStringAsync().Result;
                return new HttpResponseMessage(HttpStatusCode.Accepted) { Content = new StringContent("""{"queued": true}""", System.Text.Encoding.UTF8, "application/json") };
            });

        ExecutionResult result = await runner.RunAsync("""{"id": "o-1", "method": "PUT", "verbose": true, "items": [1, 2, 3]}""");

        Assert.Equal(HttpMethod.Put, sent!.Method);
        Assert.Equal("https://api.example.com/orders/o-1?verbose=true", sent.RequestUri!.ToString());
        Assert.Equal("o-1", sent.Headers.GetValues("x-order").Single());
        Assert.Equal("""{"items":3}""", body);
        Assert.Equal("""{"status":202,"queued":true}""", result.OutputJson);
    }

    [Fact]
    public async Task An_undefined_value_in_an_object_field_is_a_QueryEvaluationError_that_Catch_handles()
    {
        var runner = Machine("""
            {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                   "Arguments": {"Input": {"location": "{% $states.input.pushLocation %}"}},
                   "Catch": [{"ErrorEquals": ["States.QueryEvaluationError"], "Next": "Handled"}], "End": true},
             "Handled": {"Type": "Pass", "End": true}}
            """).MockState("A", _ => TaskOutcome.Return("{}"));

        ExecutionResult result = await runner.RunAsync("{}");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("States.QueryEvaluationError", (string?)result.Output!["Error"]);
        // The wording of AWS's cause for this case (seen in a failed execution's output).
        Assert.Equal(
            "An error occurred while executing the state 'A' (entered at the event id #2). The JSONata expression '$states.input.pushLocation' specified for the field 'Arguments/Input/location' returned nothing (undefined).",
            (string?)result.Output!["Cause"]);
    }

    [Theory]
    [InlineData("""{"A": {"Type": "Wait", "Seconds": "{% $states.input.none %}", "End": true}}""", "Seconds")]
    [InlineData("""{"A": {"Type": "Choice", "Choices": [{"Condition": "{% $states.input.none %}", "Next": "B"}], "Default": "B"}, "B": {"Type": "Succeed"}}""", "Choices[0]/Condition")]
    [InlineData("""{"A": {"Type": "Map", "Items": "{% $states.input.none %}", "ItemProcessor": {"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}, "End": true}}""", "Items")]
    [InlineData("""{"A": {"Type": "Pass", "Assign": {"v": "{% $states.input.none %}"}, "End": true}}""", "Assign/v")]
    [InlineData("""{"A": {"Type": "Pass", "Output": ["{% $states.input.none %}"], "End": true}}""", "Output[0]")]
    public async Task An_expression_that_gives_nothing_for_a_field_fails_the_state_naming_the_field(string states, string field)
    {
        ExecutionResult result = await Machine(states).RunAsync("{}");

        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.EndsWith($"The JSONata expression '$states.input.none' specified for the field '{field}' returned nothing (undefined).", result.Cause);
    }

    [Theory]
    [InlineData("""{"A": {"Type": "Wait", "Seconds": "{% -1 %}", "End": true}}""", "'Seconds' returned -1, not a non-negative integer")]
    [InlineData("""{"A": {"Type": "Task", "Resource": "r", "TimeoutSeconds": "{% 0 %}", "End": true}}""", "'TimeoutSeconds' returned 0, not a positive integer")]
    [InlineData("""{"A": {"Type": "Fail", "Error": "{% 42 %}"}}""", "'Error' returned 42, not a string")]
    [InlineData("""{"A": {"Type": "Map", "ItemBatcher": {"MaxItemsPerBatch": "{% 0 %}"}, "ToleratedFailurePercentage": 0, "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}, "StartAt": "B", "States": {"B": {"Type": "Succeed"}}}, "End": true}}""", "'ItemBatcher/MaxItemsPerBatch' returned 0, not a positive integer")]
    [InlineData("""{"A": {"Type": "Map", "ToleratedFailurePercentage": "{% 150 %}", "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}, "StartAt": "B", "States": {"B": {"Type": "Succeed"}}}, "End": true}}""", "'ToleratedFailurePercentage' returned 150, not a number from 0 to 100")]
    public async Task A_value_a_field_cannot_take_is_a_QueryEvaluationError(string states, string expected)
    {
        ExecutionResult result = await Machine(states).RunAsync("[1, 2]");

        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.Contains(expected, result.Cause);
    }

    [Fact]
    public async Task An_uncaught_evaluation_error_fails_the_execution_naming_the_state_field_and_JSONata_error()
    {
        var runner = Machine("""{"A": {"Type": "Pass", "Output": {"sum": "{% $states.input.a + 1 %}"}, "End": true}}""");

        ExecutionResult result = await runner.RunAsync("""{"a": "text"}""");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.StartsWith("An error occurred while executing the state 'A' (entered at the event id #2). The JSONata expression '$states.input.a + 1' specified for the field 'Output/sum' threw an error: T2001", result.Cause);
        var evaluationFailed = Assert.Single(result.History, e => e.Type == "EvaluationFailed");
        Assert.Equal("Output/sum", (string?)evaluationFailed.Details!["location"]);
        Assert.Equal("A", (string?)evaluationFailed.Details!["state"]);
        Assert.Equal("ExecutionFailed", result.History[^1].Type);
    }

    [Fact]
    public async Task A_QueryEvaluationError_is_retried_like_other_errors()
    {
        var runner = Machine("""
            {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                   "Arguments": {"try": "{% $states.context.State.RetryCount = 0 ? $error('not yet') : $states.context.State.RetryCount %}"},
                   "Retry": [{"ErrorEquals": ["States.QueryEvaluationError"], "IntervalSeconds": 3, "MaxAttempts": 1}], "End": true}}
            """).MockState("A", call => TaskOutcome.Return(call.PayloadJson));

        ExecutionResult result = await runner.RunAsync("{}");

        Assert.Equal("""{"try":1}""", result.OutputJson);
        Assert.Equal(2, result.State("A")[0].Attempts);
        Assert.Equal(TimeSpan.FromSeconds(3), result.Duration);
    }

    [Fact]
    public async Task JSONPath_and_JSONata_states_mix_and_share_variables()
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Path", "States": {
              "Path": {"Type": "Pass", "Parameters": {"n.$": "$.value"}, "Assign": {"fromPath.$": "$.n"}, "Next": "Ata"},
              "Ata": {"Type": "Pass", "QueryLanguage": "JSONata", "Output": {"doubled": "{% $states.input.n * 2 %}", "fromPath": "{% $fromPath %}"},
                      "Assign": {"fromAta": "{% $states.input.n + 100 %}"}, "Next": "Back"},
              "Back": {"Type": "Pass", "Parameters": {"doubled.$": "$.doubled", "fromAta.$": "$fromAta"}, "End": true}}}
            """);

        ExecutionResult result = await runner.RunAsync("""{"value": 4}""");

        Assert.Equal("""{"doubled":8,"fromAta":104}""", result.OutputJson);
    }

    [Fact]
    public async Task A_state_without_QueryLanguage_inside_a_JSONPath_Parallel_takes_the_machines_JSONata()
    {
        var runner = Machine("""
            {"A": {"Type": "Parallel", "QueryLanguage": "JSONPath", "InputPath": "$.inner",
                   "Branches": [{"StartAt": "Inside", "States": {"Inside": {"Type": "Pass", "Output": "{% $states.input.v & '!' %}", "End": true}}}],
                   "End": true}}
            """);

        ExecutionResult result = await runner.RunAsync("""{"inner": {"v": "ata"}}""");

        Assert.Equal("""["ata!"]""", result.OutputJson);
    }

    [Fact]
    public async Task States_and_its_context_read_whole_or_by_a_computed_name_are_complete()
    {
        // The runner binds only the parts of $states an expression reads: these read it in every other way.
        var runner = Machine("""
            {"A": {"Type": "Pass", "Assign": {"field": "context", "member": "StateMachine", "unused": 1}, "Next": "B"},
             "B": {"Type": "Pass", "Output": {
                "stateKeys": "{% $keys($states) %}",
                "contextKeys": "{% $keys($states.context) %}",
                "byName": "{% $lookup($lookup($states, $field), $member).Name %}",
                "bound": "{% ($c := $states.context; $c.Execution.Name) %}",
                "spaced": "{% $states.context . State . Name %}",
                "state": "{% $states.context.State.Name %}"}, "End": true}}
            """);

        ExecutionResult result = await runner.RunAsync("""{"n": 1}""");

        Assert.Equal(
            """{"stateKeys":["input","context"],"contextKeys":["Execution","State","StateMachine"],"byName":"JsonAtaStatesTest","bound":"test-execution","spaced":"B","state":"B"}""",
            result.OutputJson);
    }

    [Fact]
    public async Task Random_and_uuid_come_from_the_runs_seed()
    {
        var runner = Machine("""{"A": {"Type": "Pass", "Output": {"r": "{% $random() %}", "u": "{% $uuid() %}"}, "End": true}}""");

        ExecutionResult first = await runner.RunAsync("{}", new ExecutionOptions { RandomSeed = 7 });
        ExecutionResult again = await runner.RunAsync("{}", new ExecutionOptions { RandomSeed = 7 });
        ExecutionResult other = await runner.RunAsync("{}", new ExecutionOptions { RandomSeed = 8 });

        Assert.Equal(first.OutputJson, again.OutputJson);
        Assert.NotEqual(first.OutputJson, other.OutputJson);
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", (string?)first.Output!["u"]);
    }

    [Fact]
    public async Task A_distributed_Map_reads_its_ItemReader_Arguments_ReaderConfig_and_ItemBatcher_expressions()
    {
        string? readerArguments = null;
        var inputs = new List<string>();
        var runner = Machine("""
            {"A": {"Type": "Map",
                   "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "Arguments": {"Bucket": "{% $states.input.bucket %}", "Key": "items.json"},
                                  "ReaderConfig": {"InputType": "JSON", "MaxItems": "{% $states.input.max %}"}},
                   "ItemBatcher": {"MaxItemsPerBatch": "{% $states.input.perBatch %}", "BatchInput": {"run": "{% $states.input.run %}"}},
                   "ToleratedFailureCount": "{% 0 %}",
                   "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}, "StartAt": "Work",
                     "States": {"Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}},
                   "Output": "{% $count($states.result) %}", "End": true}}
            """)
            .MockItemReader("A", call =>
            {
                readerArguments = call.PayloadJson;
                return TaskOutcome.Return("""[1, 2, 3, 4, 5]""");
            })
            .MockState("Work", call =>
            {
                inputs.Add(call.PayloadJson);
                return TaskOutcome.Return("{}");
            });

        ExecutionResult result = await runner.RunAsync("""{"bucket": "b1", "max": 3, "perBatch": 2, "run": "r7"}""");

        Assert.Equal("""{"Bucket":"b1","Key":"items.json"}""", readerArguments);
        Assert.Equal(new[] { """{"BatchInput":{"run":"r7"},"Items":[1,2]}""", """{"BatchInput":{"run":"r7"},"Items":[3]}""" }, inputs);
        Assert.Equal("2", result.OutputJson);
    }

    [Theory]
    [InlineData("""{"A": {"Type": "Pass", "InputPath": "$.x", "End": true}}""", "State 'A': InputPath is a JSONPath field")]
    [InlineData("""{"A": {"Type": "Task", "Resource": "r", "Parameters": {}, "End": true}}""", "use Arguments instead")]
    [InlineData("""{"A": {"Type": "Pass", "Result": 1, "End": true}}""", "use Output instead")]
    [InlineData("""{"A": {"Type": "Wait", "SecondsPath": "$.s", "End": true}}""", "write the expression in Seconds itself")]
    [InlineData("""{"A": {"Type": "Map", "ItemsPath": "$.x", "ItemProcessor": {"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}, "End": true}}""", "use Items instead")]
    [InlineData("""{"A": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "B"}]}, "B": {"Type": "Succeed"}}""", "Choices[0]/Variable is a JSONPath Choice rule field")]
    [InlineData("""{"A": {"Type": "Choice", "Choices": [{"Next": "B"}]}, "B": {"Type": "Succeed"}}""", "Choices[0] has no Condition")]
    [InlineData("""{"A": {"Type": "Task", "Resource": "r", "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.e", "Next": "A"}], "End": true}}""", "Catch[0]/ResultPath is a JSONPath field")]
    [InlineData("""{"A": {"Type": "Pass", "Output": {"v": "{% $states.input.( %}"}, "End": true}}""", "State 'A': the JSONata expression in Output/v does not compile")]
    [InlineData("""{"A": {"Type": "Map", "Items": 5, "ItemProcessor": {"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}, "End": true}}""", "Items must be a JSON array or a JSONata expression")]
    public void A_JSONata_state_with_a_field_it_cannot_have_is_refused_at_the_field(string states, string expected)
    {
        var e = Assert.Throws<StateMachineDefinitionException>(() => Machine(states));

        Assert.Contains(expected, e.Message);
    }

    [Theory]
    [InlineData("""{"StartAt": "A", "States": {"A": {"Type": "Pass", "Output": {"v": 1}, "End": true}}}""", "State 'A': Output is a JSONata field")]
    [InlineData("""{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "r", "Arguments": {}, "End": true}}}""", "State 'A': Arguments is a JSONata field")]
    [InlineData("""{"StartAt": "A", "States": {"A": {"Type": "Choice", "Choices": [{"Condition": true, "Next": "B"}]}, "B": {"Type": "Succeed"}}}""", "Choices[0]/Condition is a JSONata field")]
    public void A_JSONPath_state_with_a_JSONata_field_is_refused_at_the_field(string definition, string expected)
    {
        var e = Assert.Throws<StateMachineDefinitionException>(() => StateMachineRunner.FromDefinition(definition));

        Assert.Contains(expected, e.Message);
    }
}
