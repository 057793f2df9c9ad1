using StepGen.Asl.Checks.Http;
using StepGen.Asl.Checks.Paths;
using StepGen.Asl.Checks.Structure;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;
using static StepGen.Asl.Tests.RuleCases.Model;

namespace StepGen.Asl.Tests;

/// <summary>
/// The checkers of <c>Checks/</c> called directly, without a machine: each takes values and a
/// <see cref="ProblemSink"/>, so one rule can be tried on one value. The rule cases in <c>RuleCases/</c> check the
/// same rules through the whole compiler.
/// </summary>
public sealed class CheckerTests
{
    private readonly ProblemSink _problems = new();

    /// <summary>A bound state of the machine scope, named after its class, as the builder binds it.</summary>
    private static StateEntry Bind(StateKind kind, params SourceAttribute[] attributes)
    {
        var scope = new Scope(null, "M", Array.Empty<SourceAttribute>());
        StateEntry? first = null;
        foreach ((SourceAttribute attribute, int i) in attributes.Select((a, i) => (a, i)))
        {
            var entry = new StateEntry(scope, State("S" + i, attribute), kind, attribute, 0, "S" + i);
            scope.States.Add(entry);
            first ??= entry;
        }

        return first!;
    }

    private string[] Ids() => _problems.Problems.Select(p => p.Id).ToArray();

    [Fact]
    public void Header_checker_refuses_Authorization_and_names_headers_Step_Functions_replaces()
    {
        var checker = new HeaderChecker(_problems);
        StateEntry call = Bind(StateKind.HttpTask, Attr("HttpTask"));
        checker.Check(call, "authorization", call.At("name"));
        checker.Check(call, "User-Agent", call.At("name"));
        checker.Check(call, "X-Request-Id", call.At("name"));
        Assert.Equal(new[] { Rules.HttpHeader, Rules.HeaderWithoutEffect }, Ids());
    }

    [Fact]
    public void Connection_checker_reports_a_connection_under_both_fields_of_the_text()
    {
        var checker = new ConnectionChecker(_problems, new PathChecker(_problems));
        StateEntry call = Bind(StateKind.Task, Attr("Task"));
        JsonObject payload = (JsonObject)JsonParser.Parse($$"""{ "Authentication": { "ConnectionArn": "{{RuleCases.Model.ConnectionArn}}" }, "InvocationConfig": { "ConnectionArn": "arn:aws:events:nope" } }""").Value!;
        checker.CheckInText(call, payload, call.At("Parameters"));
        Assert.Equal(new[] { Rules.ConnectionUnderBothFields, Rules.HttpConnection }, Ids());
    }

    [Fact]
    public void Retry_Catch_checker_wants_States_ALL_alone_and_last_and_knows_the_errors_Step_Functions_raises()
    {
        var checker = new RetryCatchChecker(_problems);
        var at = new FieldRef("S0", 1);
        checker.CheckErrorEquals(Attr("Retry", ("errorEquals", new[] { "States.ALL" })), at, isLast: false);
        checker.CheckErrorEquals(Attr("Catch", ("errorEquals", new[] { "States.Http.StatusCode.5xx", "States.Runtime", "States.TaskFailed" })), at, isLast: true);
        Assert.Equal(new[] { Rules.RetryCatch, Rules.ErrorNameNeverRaised, Rules.ErrorNameNeverRaised }, Ids());
        Assert.Equal(-1, _problems.Problems[0].Location.Element);
        Assert.Equal(new[] { 0, 1 }, _problems.Problems.Skip(1).Select(p => p.Location.Element));
    }

    [Fact]
    public void Retry_Catch_checker_reports_each_retrier_number_out_of_range_at_its_argument()
    {
        var checker = new RetryCatchChecker(_problems);
        checker.CheckRetrier(Attr("Retry", ("errorEquals", new[] { "States.Timeout" }), ("IntervalSeconds", 0), ("BackoffRate", 0.5), ("JitterStrategy", "HALF")), new FieldRef("S0", 1), isLast: true);
        Assert.Equal(new[] { "IntervalSeconds", "BackoffRate", "JitterStrategy" }, _problems.Problems.Select(p => p.Location.Argument));
        Assert.All(_problems.Problems, p => Assert.Equal(Rules.RetryCatch, p.Id));
        Assert.False(RetryCatchChecker.IsBackoffRate(double.NaN));
        Assert.True(RetryCatchChecker.IsBackoffRate(1.0));
    }

    [Fact]
    public void Timeout_checker_tells_a_machine_timeout_of_0_from_one_out_of_range()
    {
        var checker = new TimeoutChecker(_problems);
        checker.CheckMachine(0, new FieldRef(null, 0, "TimeoutSeconds"));
        checker.CheckMachine(-5, new FieldRef(null, 0, "TimeoutSeconds"));
        checker.CheckMachine(300, new FieldRef(null, 0, "TimeoutSeconds"));
        Assert.Equal(new[] { Rules.MachineTimeoutZero, Rules.Timeouts }, Ids());
    }

    [Fact]
    public void Transition_checker_offers_the_following_state_as_Next()
    {
        StateEntry first = Bind(StateKind.Pass, Attr("Pass"), Attr("Succeed"));
        new TransitionChecker(_problems).Check(first);
        Problem problem = Assert.Single(_problems.Problems);
        Assert.Equal(Rules.MissingTransition, problem.Id);
        Assert.Equal("S1", problem.Suggestion);
    }

    [Fact]
    public void Parallel_Map_checker_reports_a_count_and_its_Path_form_both_given()
    {
        StateEntry map = Bind(StateKind.Map, Attr("Map"));
        new ParallelMapChecker(_problems, new DocumentedValueChecker(_problems)).CheckCount(map, "MaxConcurrency", 2.5, 0, null, pathGiven: true);
        Assert.Equal(new[] { Rules.RequiredField, Rules.FieldNotAllowed }, Ids());
        Assert.Equal("MaxConcurrencyPath", _problems.Problems[1].Location.Argument);
    }

    [Fact]
    public void Path_checker_returns_false_for_a_path_that_does_not_parse_and_points_at_the_fault()
    {
        var checker = new PathChecker(_problems);
        Assert.False(checker.Check("$.items[", new FieldRef("S0", 0, "InputPath"), "InputPath", PathUse.Path));
        Assert.True(checker.Check("${Bucket}", new FieldRef("S0", 0, "InputPath"), "InputPath", PathUse.Path));
        Problem problem = Assert.Single(_problems.Problems);
        Assert.Equal(Rules.PathSyntax, problem.Id);
        Assert.True(problem.Location.Offset >= 0);
    }
}
