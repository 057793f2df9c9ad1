namespace StepGen.Testing.Tests.GuideExamples;

/// <summary>
/// The worked examples of the developer guide's page "Map" (amazon-states-language-map-state.md): the "Validate-All"
/// state over the shipment input, alone in a machine, with ship-val mocked. The page does not say what ship-val
/// returns; the mock returns {"prod", "valid": true} for the item it receives.
/// </summary>
public class AmazonStatesLanguageMapStateTests
{
    private const string Shipment = """
        {
          "ship-date": "2016-03-14T01:59:00Z",
          "detail": {
            "delivery-partner": "UQS",
            "shipped": [
              { "prod": "R31", "dest-code": 9511, "quantity": 1344 },
              { "prod": "S39", "dest-code": 9511, "quantity": 40 },
              { "prod": "R31", "dest-code": 9833, "quantity": 12 },
              { "prod": "R40", "dest-code": 9860, "quantity": 887 },
              { "prod": "R40", "dest-code": 9511, "quantity": 1220 }
            ]
          }
        }
        """;

    private const string Validated = """
        [{"prod": "R31", "valid": true}, {"prod": "S39", "valid": true}, {"prod": "R31", "valid": true},
         {"prod": "R40", "valid": true}, {"prod": "R40", "valid": true}]
        """;

    private static StateMachineRunner ValidateAll(string parameters, List<string> payloads) => StateMachineRunner.FromDefinition("""
        {"StartAt": "Validate-All", "States": {
          "Validate-All": {
            "Type": "Map",
            "InputPath": "$.detail",
            "ItemsPath": "$.shipped",
            "MaxConcurrency": 0,
            @PARAMETERS@
            "Iterator": {
              "StartAt": "Validate",
              "States": {
                "Validate": {
                  "Type": "Task",
                  "Resource": "arn:aws:lambda:us-east-1:123456789012:function:ship-val",
                  "End": true
                }
              }
            },
            "ResultPath": "$.detail.shipped",
            "End": true
          }}}
        """.Replace("@PARAMETERS@", parameters)).MockState("Validate", call =>
        {
            payloads.Add(call.PayloadJson);
            var payload = System.Text.Json.Nodes.JsonNode.Parse(call.PayloadJson)!;
            var prod = (payload["parcel"] ?? payload)["prod"]!.GetValue<string>();
            return TaskOutcome.Return($$"""{"prod": "{{prod}}", "valid": true}""");
        });

    private static string WithShipped(string shipped)
    {
        var expected = System.Text.Json.Nodes.JsonNode.Parse(Shipment)!;
        expected["detail"]!["shipped"] = System.Text.Json.Nodes.JsonNode.Parse(shipped);
        return expected.ToJsonString();
    }

    [Fact]
    public async Task Validate_All_invokes_ship_val_once_per_shipped_item()
    {
        // amazon-states-language-map-state.md, "Map State Example": each iteration sends one item of "shipped" to the
        // function (the page prints the first: {"prod": "R31", "dest-code": 9511, "quantity": 1344}), and the Map's
        // result is the array of the function's outputs, which ResultPath puts at $.detail.shipped.
        var payloads = new List<string>();

        ExecutionResult result = await ValidateAll(string.Empty, payloads).RunAsync(Shipment);

        Assert.Equal(5, payloads.Count);
        GuideJson.Equal("""
            {
              "prod": "R31",
              "dest-code": 9511,
              "quantity": 1344
            }
            """, payloads[0]);
        GuideJson.Equal("""{ "prod": "R40", "dest-code": 9511, "quantity": 1220 }""", payloads[4]);
        GuideJson.Equal(Validated, result.State("Validate-All")[0].Output!["detail"]!["shipped"]!.ToJsonString());
        GuideJson.Output(WithShipped(Validated), result);
    }

    [Fact]
    public async Task Validate_All_with_Parameters_sends_the_parcel_and_the_courier()
    {
        // amazon-states-language-map-state.md, "Map State Example with Parameters": each iteration's input is
        // {"parcel": <the item>, "courier": "UQS"}, and "the ResultPath field produces output the same as the input, but
        // with the detail.shipped field overwritten by an array in which each element is the output of the ship-val
        // Lambda function for each iteration".
        var payloads = new List<string>();

        ExecutionResult result = await ValidateAll("""
            "Parameters": {
              "parcel.$": "$$.Map.Item.Value",
              "courier.$": "$.delivery-partner"
            },
            """, payloads).RunAsync(Shipment);

        GuideJson.Equal("""
            {
              "parcel": {
                "prod": "R31",
                "dest-code": 9511,
                "quantity": 1344
               },
               "courier": "UQS"
            }
            """, payloads[0]);
        Assert.Equal(5, payloads.Count);
        GuideJson.Output(WithShipped(Validated), result);
    }

    [Fact]
    public async Task A_Map_retrier_reruns_every_iteration_not_only_the_failed_one()
    {
        // amazon-states-language-map-state.md, "Retry": "if your Map state contains three iterations out of which one
        // fails, and you've defined the Retry field for the Map state, the retry policy applies to all the Map state
        // iterations instead of only the failed iteration." Three items; the second fails on its first call.
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Validate-All", "States": {"Validate-All": {"Type": "Map",
              "Iterator": {"StartAt": "Validate", "States": {"Validate": {"Type": "Task",
                "Resource": "arn:aws:lambda:us-east-1:123456789012:function:ship-val", "End": true}}},
              "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 1}],
              "End": true}}}
            """);
        var calls = new List<string>();
        runner.MockState("Validate", call =>
        {
            calls.Add(call.PayloadJson);
            return call.PayloadJson == "\"b\"" && calls.Count(c => c == "\"b\"") == 1
                ? TaskOutcome.Throw("ShipVal.Unavailable", "try again")
                : TaskOutcome.Return(call.PayloadJson.ToUpperInvariant());
        });

        ExecutionResult result = await runner.RunAsync("""["a", "b", "c"]""");

        GuideJson.Output("""["A", "B", "C"]""", result);
        Assert.Equal(2, result.State("Validate-All")[0].Attempts);
        // The item that did not fail ran again on the retry.
        Assert.Equal(2, calls.Count(c => c == "\"a\""));
        Assert.Equal(2, calls.Count(c => c == "\"b\""));
    }
}
