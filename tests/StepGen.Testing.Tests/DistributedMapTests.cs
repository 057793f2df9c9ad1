using StepGen.Testing;

namespace StepGen.Testing.Tests;

/// <summary>Map in DISTRIBUTED mode: item readers, batches, tolerated failures, child executions.</summary>
public class DistributedMapTests
{
    private static string Definition(string mapFields) => """
        {"StartAt": "Each", "States": {"Each": {"Type": "Map", @FIELDS@, "End": true,
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}, "StartAt": "Work",
            "States": {"Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "OutputPath": "$.Payload", "End": true}}}}}}
        """.Replace("@FIELDS@", mapFields, StringComparison.Ordinal);

    [Fact]
    public async Task Items_come_from_the_ItemReader_mock_and_MaxItems_caps_them()
    {
        string? readerParameters = null;
        var runner = StateMachineRunner.FromDefinition(Definition("""
            "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "JSON", "MaxItems": 2},
              "Parameters": {"Bucket.$": "$.bucket", "Key": "items.json"}}
            """))
            .MockItemReader("Each", call =>
            {
                readerParameters = call.PayloadJson;
                return TaskOutcome.Return("""[{"n": 1}, {"n": 2}, {"n": 3}]""");
            })
            .MockState("Work", call => TaskOutcome.Return($$"""{"Payload": {{call.PayloadJson}}}"""));

        ExecutionResult result = await runner.RunAsync("""{"bucket": "b1"}""");

        Assert.Equal("""{"Bucket":"b1","Key":"items.json"}""", readerParameters);
        Assert.Equal("""[{"n":1},{"n":2}]""", result.OutputJson);
        Assert.Equal(new[] { "ExecutionStarted", "MapStateEntered", "MapRunStarted", "MapRunSucceeded", "MapStateExited", "ExecutionSucceeded" }, result.History.Select(e => e.Type));
        Assert.Equal(2, result.State("Work").Count);
    }

    [Fact]
    public async Task ItemBatcher_groups_items_with_the_batch_input()
    {
        var inputs = new List<string>();
        var runner = StateMachineRunner.FromDefinition(Definition("""
            "ItemsPath": "$.items", "ItemBatcher": {"MaxItemsPerBatch": 2, "BatchInput": {"run.$": "$.run"}}
            """)).MockState("Work", call =>
            {
                inputs.Add(call.PayloadJson);
                return TaskOutcome.Return("""{"Payload": "done"}""");
            });

        ExecutionResult result = await runner.RunAsync("""{"run": "r1", "items": [1, 2, 3, 4, 5]}""");

        Assert.Equal(
            new[] { """{"BatchInput":{"run":"r1"},"Items":[1,2]}""", """{"BatchInput":{"run":"r1"},"Items":[3,4]}""", """{"BatchInput":{"run":"r1"},"Items":[5]}""" },
            inputs);
        Assert.Equal("""["done","done","done"]""", result.OutputJson);
    }

    [Fact]
    public async Task MaxInputBytesPerBatch_cuts_a_batch_before_its_JSON_grows_past_the_limit()
    {
        var inputs = new List<string>();
        var runner = StateMachineRunner.FromDefinition(Definition("""
            "ItemsPath": "$", "ItemBatcher": {"MaxInputBytesPerBatch": 20}
            """)).MockState("Work", call =>
            {
                inputs.Add(call.PayloadJson);
                return TaskOutcome.Return("""{"Payload": 1}""");
            });

        await runner.RunAsync("""["aaaa", "bb", "c", "a-single-item-over-the-limit", "d"]""");

        // {"Items":["aaaa"]} is 18 characters and adding ,"bb" makes 23; {"Items":["bb","c"]} is exactly 20. An item
        // over the limit on its own still makes a batch.
        Assert.Equal(
            new[] { """{"Items":["aaaa"]}""", """{"Items":["bb","c"]}""", """{"Items":["a-single-item-over-the-limit"]}""", """{"Items":["d"]}""" },
            inputs);
    }

    [Theory]
    [InlineData("\"ToleratedFailureCount\": 1", 1, true)]
    [InlineData("\"ToleratedFailureCount\": 1", 2, false)]
    [InlineData("\"ToleratedFailurePercentage\": 50", 2, true)]
    [InlineData("\"ToleratedFailurePercentage\": 49", 2, false)]
    [InlineData("\"ToleratedFailureCount\": 0", 1, false)]
    public async Task Failures_up_to_the_tolerance_are_tolerated_and_beyond_it_the_Map_fails(string tolerance, int failing, bool succeeds)
    {
        var runner = StateMachineRunner.FromDefinition(Definition("\"ItemsPath\": \"$\", " + tolerance))
            .MockState("Work", call => int.Parse(call.PayloadJson) <= failing ? TaskOutcome.Throw("Bad", "item " + call.PayloadJson) : TaskOutcome.Return("""{"Payload": "ok"}"""));

        ExecutionResult result = await runner.RunAsync("[1, 2, 3, 4]");

        Assert.Equal(succeeds ? ExecutionStatus.Succeeded : ExecutionStatus.Failed, result.Status);
        if (succeeds)
        {
            Assert.Equal("Bad", (string?)result.Output![0]!["Error"]);
        }
        else
        {
            Assert.Equal("States.ExceedToleratedFailureThreshold", result.Error);
            Assert.Contains(result.History, e => e.Type == "MapRunFailed");
        }
    }

    [Fact]
    public async Task A_reader_without_a_mock_and_a_ResultWriter_are_refused_by_name()
    {
        var noReader = StateMachineRunner.FromDefinition(Definition("""
            "ItemReader": {"Resource": "arn:aws:states:::s3:listObjectsV2", "Parameters": {"Bucket": "b"}}
            """));
        var writer = StateMachineRunner.FromDefinition(Definition("""
            "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject", "Parameters": {"Bucket": "b", "Prefix": "out"}}
            """));

        var missing = await Assert.ThrowsAsync<MockMissingException>(() => noReader.RunAsync());
        var unsupported = await Assert.ThrowsAsync<NotSupportedException>(() => writer.RunAsync("[]"));

        Assert.Contains("MockItemReader(\"Each\"", missing.Message);
        Assert.Contains("'Each'", unsupported.Message);
    }
}
