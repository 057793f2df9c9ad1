using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace StepGen.SourceGenerators.Tests;

public class AnalyzerTests
{
    [Fact]
    public async Task Samples_HaveNoDiagnostics()
    {
        // Not through markup: the samples hold "$$" context paths, which markup reads as a caret.
        foreach (string sample in Samples.All)
        {
            var diagnostics = await TestCompilation.AnalyzeAsync(sample);
            Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics));
        }

        var all = await TestCompilation.AnalyzeAsync(Samples.All);
        Assert.True(all.IsEmpty, string.Join("\n", all));
    }

    [Fact]
    public async Task EditedMachine_IsRecompiled_AndAnEqualOneReusesItsResult()
    {
        // The analyzer remembers compiled machines by their source model: an edit must still be seen at once.
        const string before = """
            using StepGen;
            [StateMachine(StartAt = nameof(A))]
            public partial class CacheProbe
            {
                [Pass(Next = "Finsh")] public partial class A;
                [Succeed] public partial class Finish;
            }
            """;
        Assert.Equal("SG1004", Assert.Single(await TestCompilation.AnalyzeAsync(before)).Id);
        Assert.Empty(await TestCompilation.AnalyzeAsync(before.Replace("\"Finsh\"", "nameof(Finish)")));
        Assert.Equal("SG1004", Assert.Single(await TestCompilation.AnalyzeAsync(before)).Id);

        var model = new StepGen.Asl.Source.SourceMachine("M", true, default, default);
        Assert.Same(Diagnostics.CompileCache.GetOrCompile(model), Diagnostics.CompileCache.GetOrCompile(model with { }));
    }

    [Fact]
    public void CompileCache_HoldsAtMostOneGenerationStrongly()
    {
        // The compiler server keeps StepGen loaded for hours: however many machines pass through, the strongly held
        // generation stays bounded, and a machine compiled long ago is still compiled right (a hit or a fresh compile).
        const int generation = Diagnostics.CompileCache.GenerationSize;
        StepGen.Asl.Source.SourceMachine Numbered(int i) => new($"Bounded{i}", true, default, default);
        StepGen.Asl.Compile.CompiledMachine first = Diagnostics.CompileCache.GetOrCompile(Numbered(0));
        for (int i = 1; i <= 2 * generation + 1; i++)
        {
            Assert.Equal($"Bounded{i}", Diagnostics.CompileCache.GetOrCompile(Numbered(i)).Name);
            // Other tests add to the same cache in parallel: allow one extra entry per thread that raced the rollover.
            Assert.InRange(Diagnostics.CompileCache.CurrentCount, 0, generation + Environment.ProcessorCount);
        }

        StepGen.Asl.Compile.CompiledMachine again = Diagnostics.CompileCache.GetOrCompile(Numbered(0));
        Assert.Equal((first.Name, first.Asl, first.Problems.Count), (again.Name, again.Asl, again.Problems.Count));
    }

    [Fact]
    public Task MissingStartAt_IsFlaggedOnTheAttribute() => AnalyzerVerifier.VerifyAsync("""
        [{|SG1001:StateMachine|}(Comment = "x")]
        public partial class M
        {
            [Succeed] public partial class Done;
        }
        """);

    [Fact]
    public Task StartAtNamingNoState_IsFlaggedOnTheArgument() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = {|SG1001:"Frist"|})]
        public partial class M
        {
            [Succeed] public partial class First;
        }
        """);

    [Fact]
    public Task StateWithoutNextOrEnd_IsFlaggedOnTheAttribute() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [{|SG1002:Pass|}] public partial class A;
        }
        """);

    [Fact]
    public Task NextAndEnd_IsFlaggedOnEnd() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [Pass(Next = nameof(B), End = {|SG1003:true|})] public partial class A;
            [Succeed] public partial class B;
        }
        """);

    [Fact]
    public async Task TypoInNext_IsFlaggedOnTheArgumentWithTheClosestName()
    {
        await AnalyzerVerifier.VerifyAsync("""
            [StateMachine(StartAt = nameof(Start))]
            public partial class TypoNext
            {
                [Pass(Next = {|SG1004:"Finsh"|})] public partial class Start;
                [Succeed] public partial class Finish;
            }
            """);

        var diagnostics = await TestCompilation.AnalyzeAsync("""
            using StepGen;
            [StateMachine(StartAt = nameof(Start))]
            public partial class TypoNext
            {
                [Pass(Next = "Finsh")] public partial class Start;
                [Succeed] public partial class Finish;
            }
            """);
        Diagnostic diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Next names 'Finsh', which is not a state of TypoNext; did you mean 'Finish'?", diagnostic.GetMessage());
        Assert.Equal("Finish", diagnostic.Properties["Suggestion"]);
    }

    [Fact]
    public Task TypoInCatchNext_IsFlaggedOnTheCatchArgument() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(Work))]
        public partial class M
        {
            [Task(Resource = "arn:aws:states:::lambda:invoke", End = true)]
            [Parameter("FunctionName", "arn:aws:lambda:us-east-1:123456789012:function:work")]
            [Catch("States.ALL", Next = {|SG1004:"Handel"|})]
            public partial class Work;
            [Fail] public partial class Handle;
        }
        """);

    [Fact]
    public Task JsonTypoInResult_IsFlaggedAtTheCharacter() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [Pass(Result = "{ \"a\": 1 {|SG1014:\"|}b\": 2 }", End = true)] public partial class A;
        }
        """);

    [Fact]
    public Task JsonTypoInRawLiteral_IsFlaggedAtTheCharacter() => AnalyzerVerifier.VerifyAsync(""""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [Pass(End = true, Result = """
                {
                  "type": "INFO",
                  "text": "x"{|SG1014:,|}
                }
                """)]
            public partial class A;
        }
        """");

    [Fact]
    public Task UnreachableState_IsWarned() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [Succeed] public partial class A;
            [{|SG1005:Succeed|}] public partial class Orphan;
        }
        """);

    [Fact]
    public Task LoopWithNoWayOut_IsWarnedOnceWhereItIsEntered() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(Start))]
        public partial class M
        {
            [Pass(Next = nameof(Poll))] public partial class Start;
            [{|SG1012:Task|}(Resource = "arn:aws:lambda:us-east-1:123456789012:function:poll", Next = nameof(Check))]
            public partial class Poll;
            [Choice(Default = nameof(Pause))]
            [When("$.state == 'RUNNING'", Next = nameof(Pause))]
            public partial class Check;
            [Wait(Seconds = 5, Next = nameof(Poll))] public partial class Pause;
        }
        """);

    [Fact]
    public async Task LoopWithNoWayOut_MessageListsTheTrappedStates()
    {
        var diagnostics = await TestCompilation.AnalyzeAsync("""
            using StepGen;
            [StateMachine(StartAt = nameof(A))]
            public partial class M
            {
                [Pass(Next = nameof(B))] public partial class A;
                [Pass(Next = nameof(C))] public partial class B;
                [Pass(Next = nameof(B))] public partial class C;
            }
            """);
        Diagnostic diagnostic = Assert.Single(diagnostics);
        Assert.Equal("SG1012", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.StartsWith("Once the execution reaches 'B' it can never end: 'B' and 'C' lead only to one another", diagnostic.GetMessage());
    }

    [Fact]
    public Task LoopsWithAnExit_AreNotWarned() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(Poll))]
        public partial class M
        {
            [Task(Resource = "arn:aws:lambda:us-east-1:123456789012:function:poll", Next = nameof(Check))]
            public partial class Poll;
            [Choice(Default = nameof(Pause))]
            [When("$.state == 'DONE'", Next = nameof(Done))]
            public partial class Check;
            [Wait(Seconds = 5, Next = nameof(Retrying))] public partial class Pause;
            [Task(Resource = "arn:aws:lambda:us-east-1:123456789012:function:poll", Next = nameof(Poll))]
            [Catch("States.ALL", Next = nameof(Failed))]
            public partial class Retrying;
            [Succeed] public partial class Done;
            [Fail(Error = "Poll.Failed")] public partial class Failed;
        }
        """);

    [Fact]
    public Task LoopWithNoWayOut_InsideABranch_IsWarnedInTheBranch() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(Fan))]
        public partial class M
        {
            [Parallel(Branches = new[] { typeof(Spin), typeof(Fine) }, End = true)] public partial class Fan;

            [Branch(StartAt = nameof(Ping))]
            public partial class Spin
            {
                [{|SG1012:Pass|}(Next = nameof(Pong))] public partial class Ping;
                [Pass(Next = nameof(Ping))] public partial class Pong;
            }

            [Branch(StartAt = nameof(Once))]
            public partial class Fine
            {
                [Pass(End = true)] public partial class Once;
            }
        }
        """);

    [Fact]
    public Task DuplicateStateName_IsFlaggedOnTheOverride() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [Pass(Next = nameof(B))] public partial class A;
            [Succeed(Name = {|SG1006:"A"|})] public partial class B;
        }
        """);

    [Fact]
    public Task NextOnSucceed_IsFlagged() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [Pass(Next = nameof(B))] public partial class A;
            [Succeed(Next = {|SG1007:nameof(A)|})] public partial class B;
        }
        """);

    [Fact]
    public Task StatesAllNotAlone_IsFlaggedOnTheElement() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [Task(Resource = "arn:aws:lambda:us-east-1:123456789012:function:f", End = true)]
            [Retry("Lambda.ServiceException", {|SG1010:"States.ALL"|})]
            public partial class A;
        }
        """);

    [Fact]
    public Task BadBackoffRate_IsFlagged() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [Task(Resource = "arn:aws:lambda:us-east-1:123456789012:function:f", End = true)]
            [Retry("States.TaskFailed", BackoffRate = {|SG1010:0.5|})]
            public partial class A;
        }
        """);

    [Fact]
    public Task HeartbeatNotBelowTimeout_IsFlagged() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [Task(Resource = "arn:aws:lambda:us-east-1:123456789012:function:f", End = true, TimeoutSeconds = 30, HeartbeatSeconds = {|SG1011:60|})]
            public partial class A;
        }
        """);

    [Fact]
    public Task NonPartialState_IsFlagged() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [{|SG1013:Succeed|}] public class A { }
        }
        """);

    [Fact]
    public Task StateClassOutsideAnyMachine_IsFlaggedOnItsStateAttribute() => AnalyzerVerifier.VerifyAsync("""
        [{|SG1013:Pass|}(End = true)] public partial class Loose;

        public class Helpers
        {
            [Retry("States.ALL")]
            [{|SG1013:Task|}(Resource = "arn:aws:lambda:us-east-1:123456789012:function:f", End = true)]
            public partial class AlsoLoose;
        }

        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [Succeed] public partial class A;

            public partial class Group
            {
                [{|SG1013:Succeed|}] public partial class TooDeep;
            }
        }
        """);

    [Fact]
    public async Task StateClassOutsideAnyMachine_SaysWhereItIsAndWhereItBelongs()
    {
        var diagnostics = await TestCompilation.AnalyzeAsync("""
            using StepGen;
            public class Helpers { [Succeed] public partial class Done; }
            """);
        Diagnostic diagnostic = Assert.Single(diagnostics);
        Assert.Equal("SG1013", diagnostic.Id);
        Assert.Equal("The state class Done is declared inside Helpers, which is neither a [StateMachine] nor a [Branch], so no state machine reads it and it is left out of every definition; nest it directly in the [StateMachine] or [Branch] class it belongs to.", diagnostic.GetMessage());
    }

    [Fact]
    public Task ResultPathOnSucceed_IsNotAllowed() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [Succeed(ResultPath = {|SG1015:"$.x"|})] public partial class A;
        }
        """);

    [Fact]
    public Task BadJsonPath_IsFlaggedAtTheCharacter() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [Pass(InputPath = "$.a{|SG2001:[|}", End = true)] public partial class A;
        }
        """);

    [Fact]
    public Task WildcardInResultPath_IsFlagged() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [Pass(ResultPath = {|SG2002:"$.items[*]"|}, End = true)] public partial class A;
        }
        """);

    [Fact]
    public Task HttpMistakes_AreEachFlaggedOnTheirArgument() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(Call))]
        public partial class M
        {
            [HttpTask(ApiEndpoint = {|SG3001:"http://api.example.com/x"|}, Method = {|SG3002:"FETCH"|},
                      ConnectionArn = {|SG3003:"arn:aws:lambda:us-east-1:123456789012:function:f"|}, End = true)]
            [Header({|SG3004:"Authorization"|}, {|SG4004:"Bearer abc"|})]
            public partial class Call;
        }
        """);

    [Fact]
    public Task EndpointDeclarationFaults_AreFlaggedOnceOnTheDeclaration() => AnalyzerVerifier.VerifyAsync("""
        [{|SG3002:HttpEndpoint|}("https://api.example.com/items", ConnectionArn = "${Conn}")]
        public record CreateItem(string Name);

        [HttpEndpoint({|SG3001:"http://legacy.example.com/unused"|}, Method = "GET", ConnectionArn = "${Conn}")]
        public record Unused;

        [StateMachine(StartAt = nameof(Call))]
        public partial class First
        {
            [HttpTask(Endpoint = typeof(CreateItem), End = true)] [Body("name", "a")] public partial class Call;
        }

        [StateMachine(StartAt = nameof(Call))]
        public partial class Second
        {
            [HttpTask(Endpoint = typeof(CreateItem), Next = nameof(Again))] [Body("name", "b")] public partial class Call;
            [HttpTask(Endpoint = typeof(CreateItem), End = true)] [Body("name", "c")] public partial class Again;
        }
        """);

    [Fact]
    public Task OverriddenHeaders_AreWarned_AndHeadersInJsonTextAreChecked() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(Call))]
        public partial class M
        {
            [HttpTask(ApiEndpoint = "https://api.example.com/x", Method = "GET", ConnectionArn = "${Conn}", Next = nameof(Raw))]
            [Header({|#0:"User-Agent"|}, "my-bot/1.0")]
            [Header("Accept", "application/json")]
            public partial class Call;

            [Task(Resource = "arn:aws:states:::http:invoke", End = true,
                  Parameters = "{ \"ApiEndpoint\": \"https://api.example.com/y\", \"Method\": \"GET\", \"Authentication\": { \"ConnectionArn\": \"${Conn}\" }, \"Headers\": { \"{|SG3004:Authorization|}\": \"{|SG4004:Bearer x|}\", \"{|#1:Range|}\": \"bytes=0-10\", \"X-Trace\": \"1\" } }")]
            public partial class Raw;
        }
        """,
        DiagnosticResult.CompilerWarning("SG3012").WithLocation(0),
        DiagnosticResult.CompilerWarning("SG3012").WithLocation(1));

    [Fact]
    public Task SubstitutedMethodAndConnection_AreAccepted() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(Call))]
        public partial class M
        {
            [HttpTask(ApiEndpoint = "${ApiBase}/items", Method = "${HttpMethod}", ConnectionArn = "${Conn}", End = true)]
            public partial class Call;
        }
        """);

    [Fact]
    public Task BodyOnGet_IsWarned() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(Call))]
        public partial class M
        {
            [HttpTask(ApiEndpoint = "https://api.example.com/x", Method = "GET", ConnectionArn = "${Conn}", End = true,
                      RequestBody = {|SG3005:"{ \"a\": 1 }"|})]
            public partial class Call;
        }
        """);

    [Fact]
    public Task TaskWithUnknownIntegration_SaysIamIsNotDerived() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [Task(Resource = {|SG4005:"arn:aws:states:::codebuild:startBuild.waitForTaskToken"|}, End = true)] public partial class A;
        }
        """);

    [Fact]
    public Task IamWarning_PointsAtTheParameterAttributeAtFault() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [Task(Resource = "arn:aws:states:::dynamodb:putItem", End = true)]
            [Parameter("TableName", Path = {|SG4005:"$.table"|})]
            [Parameter("Item", Path = "$.item")]
            public partial class A;
        }
        """);

    [Fact]
    public Task IamWarning_PointsAtTheKeyInParametersText() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [Task(Resource = "arn:aws:states:::aws-sdk:s3:getObject", End = true,
                  Parameters = "{ \"Bucket\": \"reports\", \"{|SG4005:Key.$|}\": \"$.key\" }")]
            public partial class A;
        }
        """);

    [Fact]
    public Task ConnectionInParametersText_IsCheckedUnderEitherField() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [Task(Resource = "arn:aws:states:::http:invoke", End = true,
                  Parameters = "{ \"ApiEndpoint\": \"https://api.example.com/y\", \"Method\": \"GET\", \"InvocationConfig\": { \"ConnectionArn\": \"{|SG3003:arn:aws:lambda:us-east-1:123456789012:function:f|}\" } }")]
            public partial class A;
        }
        """);

    [Fact]
    public Task HttpTimeoutAboveTheRequestLimit_IsAWarningOnTimeoutSeconds() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [HttpTask(ApiEndpoint = "https://api.example.com/x", Method = "GET", ConnectionArn = "${Conn}", TimeoutSeconds = {|SG3007:120|}, Next = nameof(B))]
            public partial class A;

            [HttpTask(ApiEndpoint = "https://api.example.com/y", Method = "GET", ConnectionArn = "${Conn}", TimeoutSeconds = 60, End = true)]
            public partial class B;
        }
        """);

    [Fact]
    public Task EndpointHostChosenAtRunTime_IsAWarningOnTheEndpoint() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [HttpTask(ApiEndpoint = {|SG4006:"$.url"|}, Method = "GET", ConnectionArn = "${Conn}", Next = nameof(B))]
            public partial class A;

            [HttpTask(ApiEndpoint = "States.Format('https://api.example.com/orders/{}', $.id)", Method = "GET", ConnectionArn = "${Conn}", Next = nameof(C))]
            public partial class B;

            [HttpTask(ApiEndpoint = {|SG4006:"States.Format('https://{}/orders', $.host)"|}, Method = "GET", ConnectionArn = "${Conn}", Next = nameof(D))]
            public partial class C;

            [HttpTask(QueryLanguage = QueryLanguage.JsonAta, ApiEndpoint = "{% 'https://api.example.com/orders/' & $states.input.id %}", Method = "GET", ConnectionArn = "${Conn}", Next = nameof(E))]
            public partial class D;

            [HttpTask(QueryLanguage = QueryLanguage.JsonAta, ApiEndpoint = {|SG4006:"{% 'https://api.example.com' & $states.input.path %}"|}, Method = "GET", ConnectionArn = "${Conn}", End = true)]
            public partial class E;
        }
        """);

    [Fact]
    public Task ErrorNames_UnknownStatesNamesAndMalformedStatusCodesAreWarnings() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [HttpTask(ApiEndpoint = "https://api.example.com/x", Method = "GET", ConnectionArn = "${Conn}", End = true)]
            [Retry("States.Http.StatusCode.503", "States.Http.Socket", {|#0:"States.Http.StatusCode.42"|})]
            [Catch({|#1:"States.OrderRejected"|}, Next = nameof(F))]
            public partial class A;

            [Fail(Error = "States.OrderRejected")] public partial class F;
        }
        """,
        DiagnosticResult.CompilerWarning("SG1019").WithLocation(0),
        DiagnosticResult.CompilerWarning("SG1019").WithLocation(1));

    [Fact]
    public Task RequestEncodingWithoutItsEffect_IsAWarningOnTheSetting() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [HttpTask(ApiEndpoint = "https://api.example.com/x", Method = "POST", ConnectionArn = "${Conn}", RequestBodyEncoding = {|SG3008:"URL_ENCODED"|}, Next = nameof(B))]
            [Body("a", 1)]
            public partial class A;

            [HttpTask(ApiEndpoint = "https://api.example.com/x", Method = "POST", ConnectionArn = "${Conn}", ArrayFormat = {|SG3008:"BRACKETS"|}, Next = nameof(C))]
            [Body("a", 1)]
            public partial class B;

            [HttpTask(ApiEndpoint = "https://api.example.com/x", Method = "POST", ConnectionArn = "${Conn}", RequestBodyEncoding = "URL_ENCODED", ArrayFormat = "REPEAT", End = true)]
            [Header("content-type", "application/x-www-form-urlencoded; charset=utf-8")]
            [Body("a", 1)]
            public partial class C;
        }
        """);

    [Fact]
    public Task ConnectionGivenTwiceOrNotAtAll_IsReported() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [HttpTask(ApiEndpoint = "https://api.example.com/x", Method = "GET", ConnectionArn = {|SG1015:"${AArn}"|}, Next = nameof(B),
                      Parameters = "{ \"InvocationConfig\": { \"ConnectionArn\": \"${BArn}\" } }")]
            public partial class A;

            [Task(Resource = "arn:aws:states:::http:invoke", Next = nameof(C),
                  Parameters = {|#0:"{ \"ApiEndpoint\": \"https://api.example.com/y\", \"Method\": \"GET\", \"Authentication\": { \"ConnectionArn\": \"${AArn}\" }, \"InvocationConfig\": { \"ConnectionArn\": \"${BArn}\" } }"|})]
            public partial class B;

            [Task(Resource = "arn:aws:states:::http:invoke", End = true,
                  Parameters = {|#1:"{ \"ApiEndpoint\": \"https://api.example.com/z\", \"Method\": \"GET\" }"|})]
            public partial class C;
        }
        """,
        DiagnosticResult.CompilerWarning("SG3009").WithLocation(0),
        DiagnosticResult.CompilerWarning("SG3013").WithLocation(1));

    [Fact]
    public Task EndpointWithAConstantHostBuiltFromLiterals_IsNotARunTimeHost() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [HttpTask(ApiEndpoint = "States.Format('{}/orders/{}', '${BaseUrl}', $.id)", Method = "GET", ConnectionArn = "${Conn}", Next = nameof(B))]
            public partial class A;

            [HttpTask(ApiEndpoint = "States.Format('https://api.example.com?q={}', $.q)", Method = "GET", ConnectionArn = "${Conn}", End = true)]
            public partial class B;
        }
        """);
}
