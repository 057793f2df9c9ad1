using System.Text;
using System.Text.RegularExpressions;
using StepGen.Package.Tests.Infrastructure;

namespace StepGen.Package.Tests;

/// <summary>
/// Mistakes in a consumer fail `dotnet build`, and the compiler output names the file, line and
/// column where each diagnostic starts, as a user sees it in a terminal or a CI log. One consumer
/// holds one planted defect per case below and is built once; every StepGen diagnostic the
/// analyzers report from source has at least one case.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class DiagnosticsTests
{
    private const string Error = "error";
    private const string Warning = "warning";

    /// <summary>
    /// The planted defects. Each source is wrapped in a namespace of its own, so type names may repeat
    /// between cases. Mark where each diagnostic must start with <c>{|SGxxxx:text|}</c>, the markup of
    /// tests/StepGen.SourceGenerators.Tests (a case can be copied from there): the markup is removed
    /// before the file is written, and the build must print <c>Program.cs(line,column): severity
    /// SGxxxx:</c> at the first character of <c>text</c>, and nothing else for that case. Every marker
    /// of a case has the case's severity.
    /// </summary>
    private static readonly PlantedDefect[] Cases =
    {
        // SG1001: StartAt missing (on the attribute), or naming no state (on the argument).
        new(Error, """
            [{|SG1001:StateMachine|}(Comment = "x")]
            public partial class NoStart
            {
                [Succeed] public partial class Done;
            }
            """),
        new(Error, """
            [StateMachine(StartAt = {|SG1001:"Frist"|})]
            public partial class StartTypo
            {
                [Succeed] public partial class First;
            }
            """),

        // SG1002: neither Next nor End.
        new(Error, """
            [StateMachine(StartAt = nameof(A))]
            public partial class NoWayOn
            {
                [{|SG1002:Pass|}] public partial class A;
            }
            """),

        // SG1003: both Next and End.
        new(Error, """
            [StateMachine(StartAt = nameof(A))]
            public partial class BothWaysOn
            {
                [Pass(Next = nameof(B), End = {|SG1003:true|})] public partial class A;
                [Succeed] public partial class B;
            }
            """),

        // SG1004: a transition that names no state.
        new(Error, """
            [StateMachine(StartAt = nameof(Start))]
            public partial class TypoNext
            {
                [Pass(Next = {|SG1004:"Finsh"|})] public partial class Start;
                [Succeed] public partial class Finish;
            }
            """),

        // SG1005: a state nothing leads to; a warning by default, raised to error by ConsumerEditorConfig.
        new(Error, """
            [StateMachine(StartAt = nameof(A))]
            public partial class WithOrphan
            {
                [Succeed] public partial class A;
                [{|SG1005:Succeed|}] public partial class Orphan;
            }
            """),

        // SG1006: two states with one name.
        new(Error, """
            [StateMachine(StartAt = nameof(A))]
            public partial class SameName
            {
                [Pass(Next = nameof(B))] public partial class A;
                [Succeed(Name = {|SG1006:"A"|})] public partial class B;
            }
            """),

        // SG1017: a control character in a state name.
        new(Warning, """
            [StateMachine(StartAt = nameof(A))]
            public partial class TabbedName
            {
                [Pass(Name = {|SG1017:"Check\torder"|}, End = true)] public partial class A;
            }
            """),

        // SG1007: Next on a Succeed state.
        new(Error, """
            [StateMachine(StartAt = nameof(A))]
            public partial class NextAfterSucceed
            {
                [Pass(Next = nameof(B))] public partial class A;
                [Succeed(Next = {|SG1007:nameof(A)|})] public partial class B;
            }
            """),

        // SG1008: a Choice without rules (an error); SG1018: one without Default (a warning).
        new(Error, """
            [StateMachine(StartAt = nameof(Empty))]
            public partial class RulelessChoice
            {
                [{|SG1008:Choice|}(Default = nameof(Done))] public partial class Empty;
                [Succeed] public partial class Done;
            }
            """),
        new(Warning, """
            [StateMachine(StartAt = nameof(Route))]
            public partial class DefaultlessChoice
            {
                [{|SG1018:Choice|}]
                [When("$.x == 1", Next = nameof(Done))]
                public partial class Route;

                [Succeed] public partial class Done;
            }
            """),

        // SG1009: a Wait with two durations, reported on the second.
        new(Error, """
            [StateMachine(StartAt = nameof(Cooldown))]
            public partial class TwoDurations
            {
                [Wait(Seconds = 3600, TimestampPath = {|SG1009:"$.remindAt"|}, Next = nameof(Done))]
                public partial class Cooldown;

                [Succeed] public partial class Done;
            }
            """),

        // SG1010: a bad Retry (an error); SG1019: an error name that is never raised (a warning).
        new(Error, """
            [StateMachine(StartAt = nameof(A))]
            public partial class SlowBackoff
            {
                [Task(Resource = "arn:aws:lambda:us-east-1:123456789012:function:f", End = true)]
                [Retry("States.TaskFailed", BackoffRate = {|SG1010:0.5|})]
                public partial class A;
            }
            """),
        new(Warning, """
            [StateMachine(StartAt = nameof(A))]
            public partial class NeverRetried
            {
                [Task(Resource = "arn:aws:lambda:us-east-1:123456789012:function:f", End = true)]
                [Retry({|SG1019:"States.Runtime"|})]
                public partial class A;
            }
            """),

        // SG1011: a heartbeat not below the timeout.
        new(Error, """
            [StateMachine(StartAt = nameof(A))]
            public partial class LateHeartbeat
            {
                [Task(Resource = "arn:aws:lambda:us-east-1:123456789012:function:f", End = true, TimeoutSeconds = 30, HeartbeatSeconds = {|SG1011:60|})]
                public partial class A;
            }
            """),

        // SG1020: a machine TimeoutSeconds of 0.
        new(Warning, """
            [StateMachine(StartAt = nameof(A), TimeoutSeconds = {|SG1020:0|})]
            public partial class NoTime
            {
                [Succeed] public partial class A;
            }
            """),

        // SG1012: a polling loop whose exit rule was forgotten.
        new(Warning, """
            [StateMachine(StartAt = nameof(Poll))]
            public partial class EndlessPoll
            {
                [{|SG1012:Task|}(Resource = "arn:aws:lambda:us-east-1:123456789012:function:poll", Next = nameof(Pause))]
                public partial class Poll;

                [Wait(Seconds = 10, Next = nameof(Poll))] public partial class Pause;
            }
            """),

        // SG1013: a declaration StepGen cannot use: a state class that is not partial, a branch that contains itself.
        new(Error, """
            [StateMachine(StartAt = nameof(A))]
            public partial class NonPartialState
            {
                [{|SG1013:Succeed|}] public class A { }
            }
            """),
        new(Error, """
            public class NotAMachine
            {
                [{|SG1013:Succeed|}] public partial class Stray;
            }
            """),
        new(Error, """
            [StateMachine(StartAt = nameof(Outer))]
            public partial class SelfContained
            {
                [Parallel(Branches = new[] { typeof(Loop) }, End = true)] public partial class Outer;

                [Branch(StartAt = nameof(Again))]
                public partial class Loop
                {
                    [Parallel(Branches = new[] { {|SG1013:typeof(Loop)|} }, End = true)] public partial class Again;
                }
            }
            """),

        // SG1014: JSON that does not parse, at the character, through escapes and across raw-literal lines.
        new(Error, """
            [StateMachine(StartAt = nameof(A))]
            public partial class EscapedJson
            {
                [Pass(Result = "{ \"a\": 1 {|SG1014:\"|}b\": 2 }", End = true)] public partial class A;
            }
            """),
        new(Error, """"
            [StateMachine(StartAt = nameof(A))]
            public partial class OneLineRawJson
            {
                [Pass(ResultPath = "$.data", Result = """{ "type": "INFO" {|SG1014:"|}text": "no comma before me" }""", End = true)]
                public partial class A;
            }
            """"),
        new(Error, """"
            [StateMachine(StartAt = nameof(A))]
            public partial class RawJson
            {
                [Pass(End = true, Result = """
                    {
                      "type": "INFO",
                      "text": "x"{|SG1014:,|}
                    }
                    """)]
                public partial class A;
            }
            """"),

        // SG1015: a field the state type does not have.
        new(Error, """
            [StateMachine(StartAt = nameof(A))]
            public partial class SucceedWithResultPath
            {
                [Succeed(ResultPath = {|SG1015:"$.x"|})] public partial class A;
            }
            """),

        // SG1016: a value the field does not accept.
        new(Error, """
            [StateMachine(StartAt = nameof(Later))]
            public partial class SpacedTimestamp
            {
                [Wait(Timestamp = {|SG1016:"2030-01-01 09:00:00"|}, End = true)]
                public partial class Later;
            }
            """),

        // SG1021: a Map Label longer than the 40 characters AWS's tools allow (a warning, not SG1016).
        new(Warning, """
            [StateMachine(StartAt = nameof(Each))]
            public partial class LongLabel
            {
                [Map(ItemsPath = "$.orders", Processor = typeof(One), Label = {|SG1021:"EachOrderOfTheNightlyImportFromTheShopDatabase"|}, End = true)]
                public partial class Each;

                [Branch(StartAt = nameof(A))]
                public partial class One { [Pass(End = true)] public partial class A; }
            }
            """),

        // SG2001: a JSONPath that does not parse, at the character.
        new(Error, """
            [StateMachine(StartAt = nameof(A))]
            public partial class OpenBracket
            {
                [Pass(InputPath = "$.a{|SG2001:[|}", End = true)] public partial class A;
            }
            """),

        // SG2002: a reference path that selects more than one node.
        new(Error, """
            [StateMachine(StartAt = nameof(A))]
            public partial class WildcardResultPath
            {
                [Pass(ResultPath = {|SG2002:"$.items[*]"|}, End = true)] public partial class A;
            }
            """),

        // SG2003 (warning): a context object field that does not exist, at the field.
        new(Warning, """
            [StateMachine(StartAt = nameof(A))]
            public partial class ContextTypo
            {
                [Pass(End = true)]
                [Parameter("who", Path = "$$.Execution.{|SG2003:Nme|}")]
                public partial class A;
            }
            """),

        // SG2004: an intrinsic function that does not exist, inside the string.
        new(Error, """
            [StateMachine(StartAt = nameof(A))]
            public partial class IntrinsicTypo
            {
                [Pass(End = true)]
                [Parameter("id", Path = "{|SG2004:States.UUId|}()")]
                public partial class A;
            }
            """),

        // SG2005: a [When] condition that does not compile, at the column.
        new(Error, """
            [StateMachine(StartAt = nameof(Route))]
            public partial class SingleEquals
            {
                [Choice(Default = nameof(Done))]
                [When("$.count {|SG2005:=|} 3", Next = nameof(Done))]
                public partial class Route;

                [Succeed] public partial class Done;
            }
            """),

        // SG2006 (warning): a path to a field the declared input does not have.
        new(Warning, """
            public sealed record Order(string Id, decimal Total);
            public sealed record OrderInput(Order Order);

            [StateMachine(StartAt = nameof(Route), Input = typeof(OrderInput))]
            public partial class TypedInputTypo
            {
                [Choice(Default = nameof(Done))]
                [When({|SG2006:"$.order.totl > 100"|}, Next = nameof(Done))]
                public partial class Route;

                [Succeed] public partial class Done;
            }
            """),

        // SG2007 (warning): a CausePath function that does not return a string (not SG2004).
        new(Warning, """
            [StateMachine(StartAt = nameof(Rejected))]
            public partial class NumericCause
            {
                [Fail(Error = "OrderRejected", CausePath = "{|SG2007:States.ArrayLength|}($.order.items)")]
                public partial class Rejected;
            }
            """),

        // SG2008-SG2015 and SG2003 in JSONata: one mistake each, at the characters at fault inside the string.
        new(Error, """"
            [StateMachine(StartAt = nameof(Summarize), QueryLanguage = QueryLanguage.JsonAta)]
            public partial class JsonAtaSyntax
            {
                [Pass(Output = """{ "big": "{% $states.input.total ={|SG2008:=|} 100 %}" }""", End = true)]
                public partial class Summarize;
            }
            """"),
        new(Error, """"
            [StateMachine(StartAt = nameof(Greet), QueryLanguage = QueryLanguage.JsonAta)]
            public partial class UnknownFunction
            {
                [Pass(Output = """{ "length": "{% {|SG2009:$lenght|}($states.input.name) %}" }""", End = true)]
                public partial class Greet;
            }
            """"),
        new(Error, """"
            [StateMachine(StartAt = nameof(Shape), QueryLanguage = QueryLanguage.JsonAta)]
            public partial class ResultInPass
            {
                [Pass(Output = """{ "id": "{% {|SG2010:$states.result|}.id %}" }""", End = true)]
                public partial class Shape;
            }
            """"),
        new(Warning, """"
            [StateMachine(StartAt = nameof(Remember), QueryLanguage = QueryLanguage.JsonAta)]
            public partial class VariableTypo
            {
                [Pass(Assign = """{ "orderId": "{% $states.input.id %}" }""", Next = nameof(Report))]
                public partial class Remember;

                [Pass(Output = """{ "id": "{% {|SG2011:$orderID|} %}" }""", End = true)]
                public partial class Report;
            }
            """"),

        // SG2012 is a suggestion, which a build does not print; the consumer's .editorconfig raises it to a warning.
        new(Warning, """"
            [StateMachine(StartAt = nameof(Route), QueryLanguage = QueryLanguage.JsonAta)]
            public partial class SometimesAssigned
            {
                [Choice(Default = nameof(Report))]
                [When("{% $states.input.vip %}", Next = nameof(Discount))]
                public partial class Route;

                [Pass(Assign = """{ "discount": 10 }""", Next = nameof(Report))]
                public partial class Discount;

                [Pass(Output = """{ "discount": "{% {|SG2012:$discount|} %}" }""", End = true)]
                public partial class Report;
            }
            """"),
        new(Warning, """"
            [StateMachine(StartAt = nameof(Fan), QueryLanguage = QueryLanguage.JsonAta)]
            public partial class BranchVariable
            {
                [Parallel(Branches = new[] { typeof(PriceBranch) }, Next = nameof(Report))]
                public partial class Fan;

                [Branch(StartAt = nameof(Price))]
                public partial class PriceBranch
                {
                    [Pass(Assign = """{ "price": 42 }""", End = true)]
                    public partial class Price;
                }

                [Pass(Output = """{ "price": "{% {|SG2013:$price|} %}" }""", End = true)]
                public partial class Report;
            }
            """"),
        new(Warning, """"
            [StateMachine(StartAt = nameof(Shape))]
            public partial class JsonAtaInJsonPath
            {
                [Pass(Parameters = """{ "id": "{|SG2014:{% $states.input.id %}|}" }""", End = true)]
                public partial class Shape;
            }
            """"),
        new(Warning, """"
            [StateMachine(StartAt = nameof(Greet), QueryLanguage = QueryLanguage.JsonAta)]
            public partial class NewerOperator
            {
                [Pass(Output = """{ "name": "{% {|SG2015:$states.input.name ?? 'anonymous'|} %}" }""", End = true)]
                public partial class Greet;
            }
            """"),
        new(Warning, """"
            [StateMachine(StartAt = nameof(Label), QueryLanguage = QueryLanguage.JsonAta)]
            public partial class ContextTypo
            {
                [Pass(Output = """{ "name": "{% {|SG2003:$states.context.Execution.Nme|} %}" }""", End = true)]
                public partial class Label;
            }
            """"),

        // SG3001-SG3004: one HTTP task mistake each.
        new(Error, """
            [StateMachine(StartAt = nameof(Call))]
            public partial class PlainHttp
            {
                [HttpTask(ApiEndpoint = {|SG3001:"http://api.example.com/x"|}, Method = "GET", ConnectionArn = "${Conn}", End = true)]
                public partial class Call;
            }
            """),
        new(Error, """
            [StateMachine(StartAt = nameof(Call))]
            public partial class UnknownMethod
            {
                [HttpTask(ApiEndpoint = "https://api.example.com/x", Method = {|SG3002:"FETCH"|}, ConnectionArn = "${Conn}", End = true)]
                public partial class Call;
            }
            """),
        new(Error, """
            [StateMachine(StartAt = nameof(Call))]
            public partial class NotAConnection
            {
                [HttpTask(ApiEndpoint = "https://api.example.com/x", Method = "GET",
                          ConnectionArn = {|SG3003:"arn:aws:lambda:us-east-1:123456789012:function:f"|}, End = true)]
                public partial class Call;
            }
            """),
        new(Error, """
            [StateMachine(StartAt = nameof(Call))]
            public partial class OwnAuthorization
            {
                [HttpTask(ApiEndpoint = "https://api.example.com/x", Method = "GET", ConnectionArn = "${Conn}", End = true)]
                [Header({|SG3004:"Authorization"|}, Path = "$.auth")]
                public partial class Call;
            }
            """),

        // SG3010 (warning): a space in ApiEndpoint (not SG3001).
        new(Warning, """
            [StateMachine(StartAt = nameof(Call))]
            public partial class SpacedEndpoint
            {
                [HttpTask(ApiEndpoint = {|SG3010:"https://api.example.com/order status"|}, Method = "GET", ConnectionArn = "${Conn}", End = true)]
                public partial class Call;
            }
            """),

        // SG3011 (warning): a listed method in lower case (not SG3002).
        new(Warning, """
            [StateMachine(StartAt = nameof(Call))]
            public partial class LowerCaseMethod
            {
                [HttpTask(ApiEndpoint = "https://api.example.com/x", Method = {|SG3011:"get"|}, ConnectionArn = "${Conn}", End = true)]
                public partial class Call;
            }
            """),

        // SG3012 (warning): a header Step Functions sets itself.
        new(Warning, """
            [StateMachine(StartAt = nameof(Call))]
            public partial class OwnUserAgent
            {
                [HttpTask(ApiEndpoint = "https://api.example.com/x", Method = "GET", ConnectionArn = "${Conn}", End = true)]
                [Header({|SG3012:"User-Agent"|}, "orders-bot/2.0")]
                public partial class Call;
            }
            """),

        // SG3005 (warning): a request body on GET.
        new(Warning, """
            [StateMachine(StartAt = nameof(Call))]
            public partial class BodyOnGet
            {
                [HttpTask(ApiEndpoint = "https://api.example.com/x", Method = "GET", ConnectionArn = "${Conn}", End = true,
                          RequestBody = {|SG3005:"{ \"a\": 1 }"|})]
                public partial class Call;
            }
            """),

        // SG3006: a body field the endpoint's type does not have (a warning: Step Functions knows nothing of the type).
        new(Warning, """
            [HttpEndpoint("https://tickets.example.com/api/v1/tickets", Method = "POST", ConnectionArn = "${C}")]
            public record CreateTicket(string Subject, int Priority);

            [StateMachine(StartAt = nameof(Open))]
            public partial class MisspelledBodyField
            {
                [HttpTask(Endpoint = {|SG3006:typeof(CreateTicket)|}, End = true)]
                [Body({|SG3006:"subjct"|}, "Pipeline failed")]
                public partial class Open;
            }
            """),

        // SG4001: states:InvokeHTTPEndpoint on "*" with no endpoint or method condition.
        new(Warning, """
            [StateMachine(StartAt = nameof(Call))]
            [IamStatement(Actions = new[] { {|SG4001:"states:InvokeHTTPEndpoint"|} }, Resources = new[] { "*" })]
            public partial class OpenHttpInvoke
            {
                [HttpTask(ApiEndpoint = "https://api.example.com/x", Method = "POST", ConnectionArn = "${Conn}", End = true)]
                public partial class Call;
            }
            """),

        // SG4002: a wildcard action; SG4003: "*" for an action that can be scoped.
        new(Warning, """
            [StateMachine(StartAt = nameof(Done))]
            [IamStatement(Actions = new[] { {|SG4002:"logs:*"|} }, Resources = new[] { "arn:aws:logs:us-east-1:123456789012:log-group:x:*" })]
            [IamStatement(Actions = new[] { "sns:Publish" }, Resources = new[] { {|SG4003:"*"|} })]
            public partial class BroadStatements
            {
                [Succeed] public partial class Done;
            }
            """),

        // SG4004: a credential written into a header.
        new(Warning, """
            [StateMachine(StartAt = nameof(Call))]
            public partial class InlineApiKey
            {
                [HttpTask(ApiEndpoint = "https://api.example.com/x", Method = "GET", ConnectionArn = "${Conn}", End = true)]
                [Header("X-Api-Key", {|SG4004:"0123456789abcdef"|})]
                public partial class Call;
            }
            """),

        // SG3013: an HTTP call written as a [Task] whose Parameters give no connection (a warning, not SG3003).
        new(Warning, """"
            [StateMachine(StartAt = nameof(Call))]
            public partial class NoConnection
            {
                [Task(Resource = "arn:aws:states:::http:invoke", End = true,
                      Parameters = {|SG3013:"""{ "ApiEndpoint": "https://api.example.com/x", "Method": "GET" }"""|})]
                public partial class Call;
            }
            """"),

        // SG3009: a connection under both Authentication and InvocationConfig (a warning, not SG1015).
        new(Warning, """"
            [StateMachine(StartAt = nameof(Call))]
            public partial class TwoConnectionFields
            {
                [Task(Resource = "arn:aws:states:::http:invoke", End = true,
                      Parameters = {|SG3009:"""{ "ApiEndpoint": "https://api.example.com/x", "Method": "GET", "Authentication": { "ConnectionArn": "${A}" }, "InvocationConfig": { "ConnectionArn": "${B}" } }"""|})]
                public partial class Call;
            }
            """"),

        // SG3007: TimeoutSeconds above the HTTP request's 60 seconds.
        new(Warning, """
            [StateMachine(StartAt = nameof(Call))]
            public partial class SlowCall
            {
                [HttpTask(ApiEndpoint = "https://api.example.com/x", Method = "GET", ConnectionArn = "${Conn}", TimeoutSeconds = {|SG3007:300|}, End = true)]
                public partial class Call;
            }
            """),

        // SG3008: a URL-encoded body without its content type.
        new(Warning, """
            [StateMachine(StartAt = nameof(Call))]
            public partial class FormWithoutType
            {
                [HttpTask(ApiEndpoint = "https://api.example.com/x", Method = "POST", ConnectionArn = "${Conn}", RequestBodyEncoding = {|SG3008:"URL_ENCODED"|}, End = true)]
                [Body("a", 1)]
                public partial class Call;
            }
            """),

        // SG4006: the host of the endpoint comes from the execution's data.
        new(Warning, """
            [StateMachine(StartAt = nameof(Call))]
            public partial class AnyHost
            {
                [HttpTask(ApiEndpoint = {|SG4006:"$.url"|}, Method = "GET", ConnectionArn = "${Conn}", End = true)]
                public partial class Call;
            }
            """),

        // SG1019 again: a States.* name that is not predefined, which AWS deploys.
        new(Warning, """
            [StateMachine(StartAt = nameof(Call))]
            public partial class CustomStatesError
            {
                [Task(Resource = "arn:aws:lambda:us-east-1:123456789012:function:f", End = true)]
                [Retry({|SG1019:"States.TimeOut"|})]
                public partial class Call;
            }
            """),

        // SG4005: a warning by default, so `dotnet build` prints it: on the parameter that leaves the grant open, or on
        // the Resource of an integration StepGen does not know.
        new(Warning, """
            [StateMachine(StartAt = nameof(A))]
            public partial class RunTimeTable
            {
                [Task(Resource = "arn:aws:states:::dynamodb:putItem", End = true)]
                [Parameter("TableName", Path = {|SG4005:"$.table"|})]
                [Parameter("Item", Path = "$.item")]
                public partial class A;
            }
            """),
        new(Warning, """
            [StateMachine(StartAt = nameof(A))]
            public partial class UnknownPattern
            {
                [Task(Resource = {|SG4005:"arn:aws:states:::codebuild:startBuild.waitForTaskToken"|}, End = true)] public partial class A;
            }
            """),
    };

    /// <summary>
    /// The consumer's .editorconfig, which proves a consumer can configure severities: SG1005 is raised from warning
    /// to error, and switched off in Quiet.cs.
    /// </summary>
    private const string ConsumerEditorConfig = """
        root = true

        [*.cs]
        dotnet_diagnostic.SG1005.severity = error
        dotnet_diagnostic.SG2012.severity = warning

        [Quiet.cs]
        dotnet_diagnostic.SG1005.severity = none
        """;

    /// <summary>An unreachable state in a file where .editorconfig switches SG1005 off: nothing may be printed for it.</summary>
    private const string QuietProgram = """
        using StepGen;

        [StateMachine(StartAt = nameof(A))]
        public partial class QuietOrphan
        {
            [Succeed] public partial class A;
            [Succeed] public partial class Orphan;
        }
        """;

    /// <summary>IDs that are not about the user's source: SG0001 is StepGen failing on a machine.</summary>
    private static readonly string[] NotPlantable = { "SG0001" };

    private readonly PackageFixture _fixture;
    private readonly ITestOutputHelper _output;

    public DiagnosticsTests(PackageFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public void EveryAnalyzerDiagnostic_HasAPlantedCase()
    {
        string rulesPath = Path.Combine(RepositoryLayout.Root, "src", "StepGen.Asl", "Problems", "Rules.cs");
        Assert.True(File.Exists(rulesPath), "the list of diagnostic IDs is not at " + rulesPath);
        IEnumerable<string> ruleIds = Regex.Matches(File.ReadAllText(rulesPath), @"const\s+string\s+\w+\s*=\s*""(SG\d{4})""")
            .Select(m => m.Groups[1].Value)
            .Except(NotPlantable);

        HashSet<string> planted = Cases.SelectMany(c => Markup.Parse(c.Source).Markers).Select(m => m.Id).ToHashSet();
        string[] missing = ruleIds.Where(id => !planted.Contains(id)).OrderBy(id => id, StringComparer.Ordinal).ToArray();
        Assert.True(missing.Length == 0, "no planted case in DiagnosticsTests.Cases for: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task PlantedMistakes_AreEachPrintedAtTheirLineAndColumn()
    {
        (string program, List<ExpectedDiagnostic> expected) = PlantedProgram();
        _output.WriteLine("Program.cs:");
        _output.WriteLine(WithLineNumbers(program));

        await _fixture.RequirePackageAsync(_output);
        ConsumerProject project = _fixture.CreateConsumer("Mistakes", new Dictionary<string, string>
        {
            ["Program.cs"] = program,
            ["Quiet.cs"] = QuietProgram,
            [".editorconfig"] = ConsumerEditorConfig,
        });

        CommandResult build = await project.BuildAsync();
        _output.WriteLine(build.ToString());

        Assert.False(build.Succeeded, "the build should fail on the planted mistakes");
        foreach (string unwanted in new[] { "AD0001", "CS8785", "SG0001" })
        {
            Assert.False(build.Output.Contains(unwanted, StringComparison.Ordinal), $"the build output mentions {unwanted}: an analyzer or the generator failed");
        }

        Assert.False(build.Output.Contains("Quiet.cs(", StringComparison.Ordinal), "dotnet_diagnostic.SG1005.severity = none in .editorconfig should silence Quiet.cs");

        List<PrintedDiagnostic> printed = PrintedDiagnostic.Parse(build.Output);
        string[] compileErrors = printed.Where(p => p.Severity == Error && p.Id.StartsWith("CS", StringComparison.Ordinal)).Select(p => p.Line).Distinct().ToArray();
        Assert.True(compileErrors.Length == 0, "the planted program should compile apart from StepGen's diagnostics:\n" + string.Join("\n", compileErrors));

        // Each diagnostic once as the compiler reports it (the summary after "Build FAILED." repeats them):
        // twice would mean that the generator reports it as well as the analyzer.
        int summary = build.Output.IndexOf("Build FAILED.", StringComparison.Ordinal);
        string[] repeated = PrintedDiagnostic.Parse(summary < 0 ? build.Output : build.Output[..summary])
            .GroupBy(p => p.Line)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Count()}x {g.Key}")
            .ToArray();
        Assert.True(repeated.Length == 0, "diagnostics printed more than once:\n" + string.Join("\n", repeated));

        string? mismatch = Compare(expected, printed.Where(p => p.Id.StartsWith("SG", StringComparison.Ordinal)).ToList(), program);
        Assert.True(mismatch is null, mismatch);
    }

    /// <summary>Program.cs with every case in a namespace of its own, and where each diagnostic must start.</summary>
    private static (string Program, List<ExpectedDiagnostic> Expected) PlantedProgram()
    {
        var text = new StringBuilder();
        text.Append("using StepGen;\n\nConsole.WriteLine(\"planted mistakes\");\n");
        var expected = new List<ExpectedDiagnostic>();
        for (int i = 0; i < Cases.Length; i++)
        {
            (string source, IReadOnlyList<Marker> markers) = Markup.Parse(Cases[i].Source.ReplaceLineEndings("\n"));
            Assert.True(markers.Count > 0, $"case {i + 1} marks no diagnostic");
            string name = $"Case{i + 1:00}_{markers[0].Id}";
            text.Append($"\nnamespace {name}\n{{\n");
            int offset = text.Length;
            text.Append(source).Append("\n}\n");
            foreach (Marker marker in markers)
            {
                (int line, int column) = Position(text.ToString(), offset + marker.Offset);
                expected.Add(new ExpectedDiagnostic(name, marker.Id, Cases[i].Severity, line, column, marker.Text));
            }
        }

        return (text.ToString(), expected);
    }

    /// <summary>Null when every planted diagnostic was printed at its place and nothing else was; else a report.</summary>
    private static string? Compare(List<ExpectedDiagnostic> expected, List<PrintedDiagnostic> printed, string program)
    {
        var missing = expected.Where(e => !printed.Any(p => e.Matches(p))).ToList();
        var unexpected = printed.Where(p => !expected.Any(e => e.Matches(p))).DistinctBy(p => p.Line).ToList();
        if (missing.Count == 0 && unexpected.Count == 0)
        {
            return null;
        }

        string[] lines = program.Split('\n');
        var report = new StringBuilder();
        if (missing.Count > 0)
        {
            report.AppendLine("Expected but not printed:");
            foreach (ExpectedDiagnostic e in missing)
            {
                report.AppendLine($"  {e}   ({e.Case}, at {e.Text})");
                report.AppendLine($"      {lines[e.LineNumber - 1]}");
                report.AppendLine($"      {new string(' ', e.Column - 1)}^");
                foreach (PrintedDiagnostic p in printed.Where(p => p.Id == e.Id).DistinctBy(p => p.Line))
                {
                    report.AppendLine($"    printed {p.Id} instead: {p.Line}");
                }
            }
        }

        if (unexpected.Count > 0)
        {
            report.AppendLine("Printed but not planted:");
            foreach (PrintedDiagnostic p in unexpected)
            {
                report.AppendLine($"  {p.Line}");
            }
        }

        return report.ToString();
    }

    /// <summary>1-based line and column of a character offset, as the compiler prints them.</summary>
    private static (int Line, int Column) Position(string text, int offset)
    {
        string before = text[..offset];
        int line = before.Count(c => c == '\n') + 1;
        int column = offset - (before.LastIndexOf('\n') + 1) + 1;
        return (line, column);
    }

    private static string WithLineNumbers(string text) =>
        string.Join("\n", text.Split('\n').Select((line, i) => $"{i + 1,4}  {line}"));

    /// <param name="Severity">How the build prints each of the case's markers: "error" or "warning".</param>
    /// <param name="Source">C# declarations with <c>{|SGxxxx:text|}</c> markers.</param>
    private sealed record PlantedDefect(string Severity, string Source);

    private sealed record Marker(string Id, int Offset, string Text);

    private static class Markup
    {
        private static readonly Regex Pattern = new(@"\{\|(SG\d{4}):(.*?)\|\}", RegexOptions.Singleline);

        /// <summary>The source without markup, and each marker's ID, offset in that source and marked text.</summary>
        public static (string Source, IReadOnlyList<Marker> Markers) Parse(string markup)
        {
            var source = new StringBuilder();
            var markers = new List<Marker>();
            int copied = 0;
            foreach (Match match in Pattern.Matches(markup))
            {
                source.Append(markup, copied, match.Index - copied);
                markers.Add(new Marker(match.Groups[1].Value, source.Length, match.Groups[2].Value));
                source.Append(match.Groups[2].Value);
                copied = match.Index + match.Length;
            }

            source.Append(markup, copied, markup.Length - copied);
            string text = source.ToString();
            Assert.False(text.Contains("{|", StringComparison.Ordinal) || text.Contains("|}", StringComparison.Ordinal), "unbalanced {|...|} markup in:\n" + markup);
            return (text, markers);
        }
    }

    private sealed record ExpectedDiagnostic(string Case, string Id, string Severity, int LineNumber, int Column, string Text)
    {
        public bool Matches(PrintedDiagnostic printed) =>
            printed.Id == Id && printed.Severity == Severity && printed.LineNumber == LineNumber && printed.Column == Column;

        public override string ToString() => $"Program.cs({LineNumber},{Column}): {Severity} {Id}";
    }

    /// <summary>One `Program.cs(line,column): severity ID: message` line of the build output.</summary>
    private sealed record PrintedDiagnostic(string Id, string Severity, int LineNumber, int Column, string Line)
    {
        private static readonly Regex Pattern = new(@"Program\.cs\((\d+),(\d+)\): (error|warning|info) ([A-Z]+\d+): ([^\r\n]*?)(?: \[[^\]\r\n]*\.csproj\])?$", RegexOptions.Multiline);

        public static List<PrintedDiagnostic> Parse(string output) =>
            Pattern.Matches(output)
                .Select(m => new PrintedDiagnostic(
                    m.Groups[4].Value,
                    m.Groups[3].Value,
                    int.Parse(m.Groups[1].Value),
                    int.Parse(m.Groups[2].Value),
                    $"Program.cs({m.Groups[1].Value},{m.Groups[2].Value}): {m.Groups[3].Value} {m.Groups[4].Value}: {m.Groups[5].Value}"))
                .ToList();
    }
}
