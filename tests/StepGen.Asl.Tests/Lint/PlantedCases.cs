namespace StepGen.Asl.Tests.Lint;

/// <summary>
/// The mistakes planted in C# for the package's DiagnosticsTests, planted again in ASL JSON: each ⟦ID:...⟧ marks where
/// <c>stepgen lint</c> must report ID, and nothing else may be reported. Where the C# case needs more than one mistake
/// of a kind, so does the JSON.
/// </summary>
internal static class PlantedCases
{
    /// <summary>Rules that only attributes can break: how a class is declared, an [HttpEndpoint] type, the machine's own [IamStatement]s.</summary>
    public static readonly string[] AttributeOnly = { "SG0001", "SG1013", "SG3006", "SG4001", "SG4002", "SG4003" };

    public static readonly (string Name, string Json)[] All =
    {
        ("SG1001 StartAt missing", """⟦SG1001:{⟧ "States": { "A": { "Type": "Succeed" } } }"""),
        ("SG1001 StartAt names no state", """{ "StartAt": ⟦SG1001:"Frist"⟧, "States": { "First": { "Type": "Succeed" } } }"""),
        ("SG1002 neither Next nor End", """{ "StartAt": "A", "States": { ⟦SG1002:"A"⟧: { "Type": "Pass" } } }"""),
        ("SG1003 both Next and End", """{ "StartAt": "A", "States": { "A": { "Type": "Pass", "Next": "B", ⟦SG1003:"End"⟧: true }, "B": { "Type": "Succeed" } } }"""),
        ("SG1004 Next names no state", """{ "StartAt": "Start", "States": { "Start": { "Type": "Pass", "Next": ⟦SG1004:"Finsh"⟧ }, "Finish": { "Type": "Succeed" } } }"""),
        ("SG1005 unreachable", """{ "StartAt": "A", "States": { "A": { "Type": "Succeed" }, ⟦SG1005:"Orphan"⟧: { "Type": "Succeed" } } }"""),
        ("SG1006 a name used twice", """
            { "StartAt": "Fork", "States": {
                "Fork": { "Type": "Parallel", "End": true, "Branches": [ { "StartAt": "Inner", "States": { "Inner": { "Type": "Pass", "Next": "Fork" }, ⟦SG1006:"Fork"⟧: { "Type": "Succeed" } } } ] } } }
            """),
        ("SG1017 a tab in a state name", """{ "StartAt": "Check\torder", "States": { ⟦SG1017:"Check\torder"⟧: { "Type": "Succeed" } } }"""),
        ("SG1007 Next on a Succeed state", """{ "StartAt": "A", "States": { "A": { "Type": "Pass", "Next": "B" }, "B": { "Type": "Succeed", "Next": ⟦SG1007:"A"⟧ } } }"""),
        ("SG1008 a Choice without rules", """{ "StartAt": "Empty", "States": { ⟦SG1008:"Empty"⟧: { "Type": "Choice", "Default": "Done" }, "Done": { "Type": "Succeed" } } }"""),
        ("SG1018 a Choice without Default", """{ "StartAt": "Route", "States": { ⟦SG1018:"Route"⟧: { "Type": "Choice", "Choices": [ { "Variable": "$.ok", "BooleanEquals": true, "Next": "Done" } ] }, "Done": { "Type": "Succeed" } } }"""),
        ("SG1009 a Wait with two durations", """{ "StartAt": "W", "States": { "W": { "Type": "Wait", "Seconds": 3600, "TimestampPath": ⟦SG1009:"$.remindAt"⟧, "Next": "Done" }, "Done": { "Type": "Succeed" } } }"""),
        ("SG1010 BackoffRate below 1, SG1019 a States.* name never raised", """
            { "StartAt": "T", "States": { "T": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f", "End": true,
                "Retry": [ { "ErrorEquals": ["States.TaskFailed"], ⟦SG1010:"BackoffRate"⟧: 0.5 }, { "ErrorEquals": [⟦SG1019:"States.Runtime"⟧] } ] } } }
            """),
        ("SG1011 a heartbeat not below the timeout", """{ "StartAt": "T", "States": { "T": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f", "End": true, "TimeoutSeconds": 30, ⟦SG1011:"HeartbeatSeconds"⟧: 60 } } }"""),
        ("SG1020 a machine timeout of 0", """{ "StartAt": "A", ⟦SG1020:"TimeoutSeconds"⟧: 0, "States": { "A": { "Type": "Succeed" } } }"""),
        ("SG1012 a loop with no way out", """
            { "StartAt": "Poll", "States": {
                ⟦SG1012:"Poll"⟧: { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:poll", "Next": "Pause" },
                "Pause": { "Type": "Wait", "Seconds": 60, "Next": "Poll" } } }
            """),
        ("SG1014 not JSON", """{ "StartAt": "A", "States": { "A": { "Type": "Succeed" ⟦SG1014:"⟧Comment": "x" } } }"""),
        ("SG1015 a field the state does not have", """{ "StartAt": "A", "States": { "A": { "Type": "Succeed", "ResultPath": ⟦SG1015:"$.x"⟧ } } }"""),
        ("SG1015 an unknown field", """{ "StartAt": "A", "States": { "A": { "Type": "Pass", ⟦SG1015:"Resutl"⟧: { "a": 1 }, "End": true } } }"""),
        ("SG1016 a value the field does not accept", """{ "StartAt": "W", "States": { "W": { "Type": "Wait", "Timestamp": ⟦SG1016:"2030-01-01 09:00:00"⟧, "End": true } } }"""),
        ("SG1016 a state Type that does not exist", """{ "StartAt": "A", "States": { "A": { "Type": ⟦SG1016:"Sucess"⟧ } } }"""),
        ("SG1021 a long Map Label", """
            { "StartAt": "Each", "States": { "Each": { "Type": "Map", "ItemsPath": "$.orders", "Label": ⟦SG1021:"EachOrderOfTheNightlyImportFromTheShopDatabase"⟧, "End": true,
                "ItemProcessor": { "StartAt": "One", "States": { "One": { "Type": "Pass", "End": true } } } } } }
            """),
        ("SG2001 a path that does not parse", """{ "StartAt": "A", "States": { "A": { "Type": "Pass", "InputPath": "$.a⟦SG2001:[⟧", "End": true } } }"""),
        ("SG2002 a reference path to several nodes", """{ "StartAt": "A", "States": { "A": { "Type": "Pass", "ResultPath": ⟦SG2002:"$.items[*]"⟧, "End": true } } }"""),
        ("SG2003 a context field that does not exist", """{ "StartAt": "A", "States": { "A": { "Type": "Pass", "Parameters": { "who.$": "$$.Execution.⟦SG2003:Nme⟧" }, "End": true } } }"""),
        ("SG2004 an intrinsic function that does not exist", """{ "StartAt": "A", "States": { "A": { "Type": "Pass", "Parameters": { "id.$": "⟦SG2004:States.UUId⟧()" }, "End": true } } }"""),
        ("SG2005 a Choice rule that is not one", """
            { "StartAt": "Route", "States": { "Route": { "Type": "Choice", "Default": "Done",
                "Choices": [ { "Variable": "$.count", "⟦SG2005:NumericEqual⟧": 3, "Next": "Done" } ] }, "Done": { "Type": "Succeed" } } }
            """),
        ("SG2006 a path to a field the data does not have", """
            { "StartAt": "Set", "States": {
                "Set": { "Type": "Pass", "Result": { "total": 120 }, "Next": "Route" },
                "Route": { "Type": "Choice", "Default": "Done", "Choices": [ ⟦SG2006:{⟧ "Variable": "$.totl", "NumericGreaterThan": 100, "Next": "Done" } ] },
                "Done": { "Type": "Succeed" } } }
            """),
        ("SG2007 a CausePath function that returns no string", """{ "StartAt": "F", "States": { "F": { "Type": "Fail", "Error": "OrderRejected", "CausePath": "⟦SG2007:States.ArrayLength⟧($.order.items)" } } }"""),
        ("SG2008 JSONata syntax", """{ "QueryLanguage": "JSONata", "StartAt": "A", "States": { "A": { "Type": "Pass", "Output": { "big": "{% $states.input.total =⟦SG2008:=⟧ 100 %}" }, "End": true } } }"""),
        ("SG2009 a JSONata function that does not exist", """{ "QueryLanguage": "JSONata", "StartAt": "A", "States": { "A": { "Type": "Pass", "Output": { "length": "{% ⟦SG2009:$lenght⟧($states.input.name) %}" }, "End": true } } }"""),
        ("SG2010 $states.result where there is none", """{ "QueryLanguage": "JSONata", "StartAt": "A", "States": { "A": { "Type": "Pass", "Output": { "id": "{% ⟦SG2010:$states.result⟧.id %}" }, "End": true } } }"""),
        ("SG2011 a variable no state assigns", """{ "QueryLanguage": "JSONata", "StartAt": "A", "States": { "A": { "Type": "Pass", "Output": { "id": "{% ⟦SG2011:$orderID⟧ %}" }, "End": true } } }"""),
        ("SG2012 a variable some paths assign", """
            { "QueryLanguage": "JSONata", "StartAt": "Route", "States": {
                "Route": { "Type": "Choice", "Default": "Plain", "Choices": [ { "Condition": "{% $states.input.vip %}", "Next": "Vip" } ] },
                "Vip": { "Type": "Pass", "Assign": { "discount": 10 }, "Next": "Price" },
                "Plain": { "Type": "Pass", "Next": "Price" },
                "Price": { "Type": "Pass", "Output": { "discount": "{% ⟦SG2012:$discount⟧ %}" }, "End": true } } }
            """),
        ("SG2013 a variable only a branch assigns", """
            { "QueryLanguage": "JSONata", "StartAt": "Fork", "States": {
                "Fork": { "Type": "Parallel", "Next": "Use", "Branches": [ { "StartAt": "Set", "States": { "Set": { "Type": "Pass", "Assign": { "price": 5 }, "End": true } } } ] },
                "Use": { "Type": "Pass", "Output": { "price": "{% ⟦SG2013:$price⟧ %}" }, "End": true } } }
            """),
        ("SG2014 JSONata in a JSONPath state", """{ "StartAt": "A", "States": { "A": { "Type": "Pass", "Parameters": { "id": "⟦SG2014:{% $states.input.id %}⟧" }, "End": true } } }"""),
        ("SG2015 an operator newer than Step Functions' JSONata", """{ "QueryLanguage": "JSONata", "StartAt": "A", "States": { "A": { "Type": "Pass", "Output": { "name": "{% ⟦SG2015:$states.input.name ?? 'anonymous'⟧ %}" }, "End": true } } }"""),
        ("SG2003 a context field in JSONata", """{ "QueryLanguage": "JSONata", "StartAt": "A", "States": { "A": { "Type": "Pass", "Output": { "name": "{% ⟦SG2003:$states.context.Execution.Nme⟧ %}" }, "End": true } } }"""),
        ("SG3001 an http:// endpoint", Http("\"ApiEndpoint\": ⟦SG3001:\"http://api.example.com/x\"⟧, \"Method\": \"GET\"")),
        ("SG3002 a method that does not exist", Http("\"ApiEndpoint\": \"https://api.example.com/x\", \"Method\": ⟦SG3002:\"FETCH\"⟧")),
        ("SG3003 a connection that is not a connection", """
            { "StartAt": "Call", "States": { "Call": { "Type": "Task", "Resource": "arn:aws:states:::http:invoke", "End": true,
                "Parameters": { "ApiEndpoint": "https://api.example.com/x", "Method": "GET", "Authentication": { "ConnectionArn": ⟦SG3003:"arn:aws:lambda:us-east-1:123456789012:function:f"⟧ } } } } }
            """),
        ("SG3004 a header Step Functions refuses", Http("\"ApiEndpoint\": \"https://api.example.com/x\", \"Method\": \"GET\", \"Headers\": { ⟦SG3004:\"Authorization.$\"⟧: \"$.auth\" }")),
        ("SG3010 a space in the endpoint", Http("\"ApiEndpoint\": ⟦SG3010:\"https://api.example.com/order status\"⟧, \"Method\": \"GET\"")),
        ("SG3011 a method in lower case", Http("\"ApiEndpoint\": \"https://api.example.com/x\", \"Method\": ⟦SG3011:\"get\"⟧")),
        ("SG3012 a header Step Functions sets", Http("\"ApiEndpoint\": \"https://api.example.com/x\", \"Method\": \"GET\", \"Headers\": { ⟦SG3012:\"User-Agent\"⟧: \"orders-bot/2.0\" }")),
        ("SG3005 a body on GET", Http("\"ApiEndpoint\": \"https://api.example.com/x\", \"Method\": \"GET\", \"RequestBody\": ⟦SG3005:{ \"a\": 1 }⟧")),
        ("SG4004 a credential in a header", Http("\"ApiEndpoint\": \"https://api.example.com/x\", \"Method\": \"GET\", \"Headers\": { \"X-Api-Key\": ⟦SG4004:\"0123456789abcdef\"⟧ }")),
        ("SG3013 an HTTP call without a connection", """
            { "StartAt": "Call", "States": { "Call": { "Type": "Task", "Resource": "arn:aws:states:::http:invoke", "End": true,
                "Parameters": ⟦SG3013:{ "ApiEndpoint": "https://api.example.com/x", "Method": "GET" }⟧ } } }
            """),
        ("SG3009 a connection under both fields", """
            { "StartAt": "Call", "States": { "Call": { "Type": "Task", "Resource": "arn:aws:states:::http:invoke", "End": true,
                "Parameters": ⟦SG3009:{ "ApiEndpoint": "https://api.example.com/x", "Method": "GET", "Authentication": { "ConnectionArn": "${AArn}" }, "InvocationConfig": { "ConnectionArn": "${BArn}" } }⟧ } } }
            """),
        ("SG3007 a timeout above the request's 60 seconds", """
            { "StartAt": "Call", "States": { "Call": { "Type": "Task", "Resource": "arn:aws:states:::http:invoke", "End": true, ⟦SG3007:"TimeoutSeconds"⟧: 300,
                "Parameters": { "ApiEndpoint": "https://api.example.com/x", "Method": "GET", "Authentication": { "ConnectionArn": "${ConnArn}" } } } } }
            """),
        ("SG3008 a URL-encoded body without its content type", Http("\"ApiEndpoint\": \"https://api.example.com/x\", \"Method\": \"POST\", \"Transform\": { \"RequestBodyEncoding\": ⟦SG3008:\"URL_ENCODED\"⟧ }")),
        ("SG4006 a host from the execution's data", Http("\"ApiEndpoint.$\": ⟦SG4006:\"$.url\"⟧, \"Method\": \"GET\"")),
        ("SG1019 a States.* name AWS deploys", """
            { "StartAt": "T", "States": { "T": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f", "End": true,
                "Retry": [ { "ErrorEquals": [⟦SG1019:"States.TimeOut"⟧] } ] } } }
            """),
        ("SG4005 a grant that could not be scoped", """
            { "StartAt": "Get", "States": {
                "Get": { "Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem", "Next": "Build",
                  "Parameters": { "⟦SG4005:TableName.$⟧": "$.table", "Key": { "id": { "S.$": "$.id" } } } },
                "Build": { "Type": "Task", "Resource": ⟦SG4005:"arn:aws:states:::codebuild:startBuild.waitForTaskToken"⟧, "End": true, "Parameters": { "ProjectName": "nightly", "EnvironmentVariablesOverride": [ { "Name": "TOKEN", "Value.$": "$$.Task.Token" } ] } } } }
            """),
    };

    /// <summary>A machine whose one state is an HTTP task with a connection and these Parameters members.</summary>
    private static string Http(string members) =>
        "{ \"StartAt\": \"Call\", \"States\": { \"Call\": { \"Type\": \"Task\", \"Resource\": \"arn:aws:states:::http:invoke\", \"End\": true, "
        + "\"Parameters\": { " + members + ", \"Authentication\": { \"ConnectionArn\": \"${ConnArn}\" } } } } }";
}
