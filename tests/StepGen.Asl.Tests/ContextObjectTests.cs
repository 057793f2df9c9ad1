using StepGen.Asl.Context;
using StepGen.Asl.Paths;
using StepGen.Asl.Text;

namespace StepGen.Asl.Tests;

public class ContextObjectTests
{
    private static PathParseResult Parse(string path)
    {
        PathParseResult r = PathParser.Parse(path);
        Assert.True(r.Success, r.Error);
        return r;
    }

    private static TextProblem Problem(string path, string message)
    {
        TextProblem? p = ContextObject.Check(Parse(path));
        Assert.NotNull(p);
        Assert.Equal(message, p!.Message);
        Assert.InRange(p.Offset, 0, path.Length);
        Assert.InRange(p.Offset + p.Length, p.Offset, path.Length);
        return p;
    }

    private static void At(TextProblem p, string path, string spanText, int from = 0)
    {
        Assert.Equal(path.IndexOf(spanText, from, StringComparison.Ordinal), p.Offset);
        Assert.Equal(spanText.Length, p.Length);
    }

    [Theory]
    [InlineData("$$")]
    [InlineData("$$.Execution")]
    [InlineData("$$.Execution.Id")]
    [InlineData("$$.Execution.Input")]
    [InlineData("$$.Execution.Name")]
    [InlineData("$$.Execution.RoleArn")]
    [InlineData("$$.Execution.StartTime")]
    [InlineData("$$.Execution.RedriveCount")]
    [InlineData("$$.Execution.RedriveTime")]
    [InlineData("$$.State")]
    [InlineData("$$.State.EnteredTime")]
    [InlineData("$$.State.Name")]
    [InlineData("$$.State.RetryCount")]
    [InlineData("$$.StateMachine")]
    [InlineData("$$.StateMachine.Id")]
    [InlineData("$$.StateMachine.Name")]
    [InlineData("$$.Task")]
    [InlineData("$$.Task.Token")]
    [InlineData("$$.Map")]
    [InlineData("$$.Map.Item")]
    [InlineData("$$.Map.Item.Index")]
    [InlineData("$$.Map.Item.Value")]
    [InlineData("$$.Map.Item.Key")]
    [InlineData("$$.Map.Item.Source")]
    public void EveryKnownFieldIsValid(string path) => Assert.Null(ContextObject.Check(Parse(path)));

    [Theory]
    [InlineData("$$.Execution.Input.order.items[0].sku")]
    [InlineData("$$.Execution.Input['any key'][*]")]
    [InlineData("$$.Execution.Input..price")]
    [InlineData("$$.Execution.Input.items[?(@.qty > 1)]")]
    [InlineData("$$.Execution.Input.items[1:3]")]
    [InlineData("$$.Execution.Input.items.length()")]
    [InlineData("$$.Map.Item.Value.a[3].b.c")]
    [InlineData("$$.Map.Item.Value[*]")]
    [InlineData("$$.Map.Item.Source.Bucket")]
    [InlineData("$$.Map.Item.Key.whatever")]
    public void UserDataBelowInputAndValueIsNotChecked(string path) => Assert.Null(ContextObject.Check(Parse(path)));

    [Theory]
    [InlineData("$$['Execution']['Id']")]
    [InlineData("$$[\"StateMachine\"].Name")]
    [InlineData("$$.Execution.*")]
    [InlineData("$$.*")]
    [InlineData("$$.Execution['Id','Name']")]
    [InlineData("$$..Name")]
    [InlineData("$$.Execution..Id")]
    [InlineData("$$.Execution.Name.length()")]
    [InlineData("$$.Execution[?(@.Id)]")]
    public void OtherValidForms(string path) => Assert.Null(ContextObject.Check(Parse(path)));

    [Fact]
    public void NonContextAndInvalidPathsAreNotChecked()
    {
        Assert.Null(ContextObject.Check(Parse("$.Execution.Nme")));
        Assert.Null(ContextObject.Check(Parse("$var.Execution.Nme")));
        PathParseResult broken = PathParser.Parse("$$.Execution.");
        Assert.False(broken.Success);
        Assert.Null(ContextObject.Check(broken));
        Assert.Null(ContextObject.Check(null!));
    }

    [Theory]
    [InlineData("$$.Execution.Nme", "Nme", "the context object has no field 'Execution.Nme'; did you mean 'Execution.Name'?", "Name")]
    [InlineData("$$.Execution.StartTim", "StartTim", "the context object has no field 'Execution.StartTim'; did you mean 'Execution.StartTime'?", "StartTime")]
    [InlineData("$$.Execution.RoleARN", "RoleARN", "the context object has no field 'Execution.RoleARN'; field names are case-sensitive: did you mean 'Execution.RoleArn'?", "RoleArn")]
    [InlineData("$$.Executon.Id", "Executon", "the context object has no field 'Executon'; did you mean 'Execution'?", "Execution")]
    [InlineData("$$.execution.Id", "execution", "the context object has no field 'execution'; field names are case-sensitive: did you mean 'Execution'?", "Execution")]
    [InlineData("$$.State.RetryCounts", "RetryCounts", "the context object has no field 'State.RetryCounts'; did you mean 'State.RetryCount'?", "RetryCount")]
    [InlineData("$$.State.EnterTime", "EnterTime", "the context object has no field 'State.EnterTime'; did you mean 'State.EnteredTime'?", "EnteredTime")]
    [InlineData("$$.Statemachine.Id", "Statemachine", "the context object has no field 'Statemachine'; field names are case-sensitive: did you mean 'StateMachine'?", "StateMachine")]
    [InlineData("$$.StateMachine.Nam", "Nam", "the context object has no field 'StateMachine.Nam'; did you mean 'StateMachine.Name'?", "Name")]
    [InlineData("$$.Task.Tokn", "Tokn", "the context object has no field 'Task.Tokn'; did you mean 'Task.Token'?", "Token")]
    [InlineData("$$.Map.Itme.Index", "Itme", "the context object has no field 'Map.Itme'; did you mean 'Map.Item'?", "Item")]
    [InlineData("$$.Map.Item.Idx", "Idx", "the context object has no field 'Map.Item.Idx'; did you mean 'Map.Item.Index'?", "Index")]
    [InlineData("$$.Map.Item.value", "value", "the context object has no field 'Map.Item.value'; field names are case-sensitive: did you mean 'Map.Item.Value'?", "Value")]
    public void TyposWithSuggestions(string path, string span, string message, string suggestion)
    {
        TextProblem p = Problem(path, message);
        At(p, path, span, 3);
        Assert.Equal(suggestion, p.Suggestion);
    }

    [Fact]
    public void BracketNamesPointInsideTheQuotes()
    {
        const string path = "$$['Execution']['Nme']";
        TextProblem p = Problem(path, "the context object has no field 'Execution.Nme'; did you mean 'Execution.Name'?");
        Assert.Equal(17, p.Offset);
        Assert.Equal(3, p.Length);
    }

    [Theory]
    [InlineData("$$.Execution.Foobar", "the context object has no field 'Execution.Foobar': the fields of 'Execution' are Id, Input, Name, RoleArn, StartTime, RedriveCount and RedriveTime")]
    [InlineData("$$.Bogus", "the context object has no field 'Bogus': the fields of the context object are Execution, State, StateMachine, Task and Map")]
    [InlineData("$$.State.Whatever", "the context object has no field 'State.Whatever': the fields of 'State' are EnteredTime, Name and RetryCount")]
    [InlineData("$$.Map.Item.Position", "the context object has no field 'Map.Item.Position': the fields of 'Map.Item' are Index, Value, Key and Source")]
    [InlineData("$$.Task.Callback", "the context object has no field 'Task.Callback': the fields of 'Task' are Token")]
    public void UnknownFieldsListTheFieldsOfTheParent(string path, string message)
    {
        TextProblem p = Problem(path, message);
        Assert.Null(p.Suggestion);
        Assert.Equal(path.LastIndexOf('.') + 1, p.Offset);
        Assert.Equal(path.Length - p.Offset, p.Length);
    }

    [Theory]
    [InlineData("$$.State.RetryCount[0]", "[0]", "'$$.State.RetryCount' is a number, so it cannot be indexed with '[0]': end the path at $$.State.RetryCount")]
    [InlineData("$$.Execution.Id.foo", ".foo", "'$$.Execution.Id' is a string, so it has no field 'foo': end the path at $$.Execution.Id")]
    [InlineData("$$.Execution.Name.*", ".*", "'$$.Execution.Name' is a string, so it cannot be indexed with '*': end the path at $$.Execution.Name")]
    [InlineData("$$.Task.Token[*]", "[*]", "'$$.Task.Token' is a string, so it cannot be indexed with '[*]': end the path at $$.Task.Token")]
    [InlineData("$$.Map.Item.Index['a']", "['a']", "'$$.Map.Item.Index' is a number, so it has no field 'a': end the path at $$.Map.Item.Index")]
    [InlineData("$$.Execution.StartTime[?(@ > 1)]", "[?(@ > 1)]", "'$$.Execution.StartTime' is a string, so it cannot be indexed with '[?(@ > 1)]': end the path at $$.Execution.StartTime")]
    public void NothingBelowScalarFields(string path, string span, string message) => At(Problem(path, message), path, span);

    [Theory]
    [InlineData("$$.Execution[0]", "[0]", "'$$.Execution' is an object, not an array, so it cannot be indexed with '[0]': select a field by name, as in $$.Execution.<field>")]
    [InlineData("$$[0]", "[0]", "'$$' is an object, not an array, so it cannot be indexed with '[0]': select a field by name, as in $$.Execution.Id")]
    [InlineData("$$.Map.Item[1:2]", "[1:2]", "'$$.Map.Item' is an object, not an array, so it cannot be indexed with '[1:2]': select a field by name, as in $$.Map.Item.<field>")]
    public void ObjectsAreNotArrays(string path, string span, string message) => At(Problem(path, message), path, span);

    [Fact]
    public void UnionWithAnUnknownName()
    {
        const string path = "$$.Execution['Id','Nme']";
        TextProblem p = Problem(path, "the context object has no field 'Execution.Nme'; did you mean 'Execution.Name'?");
        At(p, path, "['Id','Nme']");
    }

    [Theory]
    [InlineData("$$.Map.Item.Value", true)]
    [InlineData("$$.Map.Item.Index", true)]
    [InlineData("$$.Map.Item", true)]
    [InlineData("$$['Map']['Item']['Key']", true)]
    [InlineData("$$.Execution.Id", false)]
    [InlineData("$$.Execution.Input.Map", false)]
    [InlineData("$.Map.Item.Value", false)]
    [InlineData("$$", false)]
    [InlineData("$$..Map", false)]
    public void MapItemFields_AreFlaggedOutsideAnItemSelectorOnly(string path, bool mapOnly)
    {
        Assert.Equal(mapOnly, ContextObject.CheckPlace(Parse(path), ContextPlace.CallbackTaskPayload) is not null);
        Assert.Null(ContextObject.CheckPlace(Parse(path), ContextPlace.MapItemSelector | ContextPlace.CallbackTaskPayload));
    }

    [Theory]
    [InlineData("$$.Task.Token", true)]
    [InlineData("$$.Task", true)]
    [InlineData("$$.State.Name", false)]
    [InlineData("$.Task.Token", false)]
    [InlineData("$$", false)]
    public void TaskTokenField_IsFlaggedOutsideACallbackTaskOnly(string path, bool taskOnly)
    {
        Assert.Equal(taskOnly, ContextObject.CheckPlace(Parse(path), ContextPlace.MapItemSelector) is not null);
        Assert.Null(ContextObject.CheckPlace(Parse(path), ContextPlace.MapItemSelector | ContextPlace.CallbackTaskPayload));
    }

    [Fact]
    public void MisplacedField_IsPlacedOnItsName()
    {
        const string path = "$$.Map.Item.Value";
        TextProblem problem = ContextObject.CheckPlace(Parse(path), ContextPlace.Elsewhere)!;
        Assert.Equal("Map", path.Substring(problem.Offset, problem.Length));
        Assert.Contains("ItemSelector", problem.Message);
    }

    [Fact]
    public void ContextPathsInsideIntrinsicsCanBeChecked()
    {
        const string expression = "States.Format('{}', $$.Execution.Nme)";
        var call = Intrinsics.IntrinsicParser.Parse(expression).Call!;
        Intrinsics.IntrinsicArgument argument = call.Arguments[1];
        TextProblem p = ContextObject.Check(argument.Path!)!;
        Assert.Equal("Nme", expression.Substring(argument.Offset + p.Offset, p.Length));
    }
}
