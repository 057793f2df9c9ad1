using System.Collections.Generic;

// The processed JSONata tree, as JsonAtaParser.Parse returns it: the shape jsonata 2.2.2 gives its evaluator after
// its post-parse pass. Overview for an evaluator:
//  * A location path `a.b[0].c` is ONE JsonAtaPathNode whose Steps are evaluated left to right, each step over every
//    item of the previous step's result (mapping), flattening arrays as the reference does. A bare name `a` is a path
//    of one JsonAtaNameNode step. A string literal used as a step becomes a name step.
//  * Filters `[...]` on a path step are in that step's Stages (applied to the step's results, per input item); on any
//    other expression (a variable, a block, a literal) they are in Predicates (applied to the whole value).
//    An index binding `#$i` after a filter is an Index stage; before any filter it is the step's IndexVariable.
//  * `@$x` (Focus) and `#$i` (IndexVariable) make a path evaluate with tuples (Tuple = true on the steps involved).
//  * Group-by `{k: v}` after an expression is that node's Group: on a JsonAtaPathNode it groups the whole path's
//    result; on another node its value. Order-by `^(...)` is a JsonAtaSortNode appended as the path's last step
//    (an expression that is not a path is wrapped in a one-step path first).
//  * Predicates and stages are always JsonAtaStage objects: Filter set for `[expr]` (a number, or an array of
//    numbers, selects by position, negative from the end; anything else is tested for truth per item), or
//    IndexVariable set for an index binding.
//  * `%` is a JsonAtaParentNode whose Slot names the ancestor; the step that the `%` refers to carries the same slot
//    in Ancestor (and Tuple = true). Slot.Label is the key under which that step's input is remembered.
//  * `[]` sets KeepArray on the step (and KeepSingletonArray on its path); ConsArray marks array constructors that
//    must not be flattened into the path result.
//  * `a ?: b` and `a ?? b` are JsonAtaConditionNodes (the latter tests `$exists(a)`); a call in tail position of a
//    lambda body is wrapped in a thunk lambda (IsThunk) for tail-call evaluation; `-5` is folded to a number.
// Every node has its source span (Start, End exclusive).
namespace StepGen.Asl.JsonAta;

/// <summary>What a <see cref="JsonAtaNode"/> is; one value per node class.</summary>
public enum JsonAtaNodeKind
{
    Path, Name, String, Number, Constant, Regex, Variable, Wildcard, Descendant, Parent, Binary, Negation, Array,
    Object, Block, Condition, Bind, Apply, Call, Placeholder, Lambda, Transform, Sort,
}

/// <summary>
/// A node of the processed JSONata tree (see the overview at the top of this file). Besides its own data, any node
/// can carry the step annotations below, which the post-parse pass attaches to whatever expression sits in that
/// position: most of them only on path steps.
/// </summary>
public abstract class JsonAtaNode
{
    private protected JsonAtaNode(int start, int end)
    {
        Start = start;
        End = end;
    }

    /// <summary>Which node class this is.</summary>
    public abstract JsonAtaNodeKind Kind { get; }

    /// <summary>Offset of the node's first character in the expression.</summary>
    public int Start { get; internal set; }

    /// <summary>Offset just past the node's last character.</summary>
    public int End { get; internal set; }

    /// <summary>Filters and index bindings on a path step, in order (see <see cref="JsonAtaStage"/>).</summary>
    public IReadOnlyList<JsonAtaStage> Stages => StageList ?? (IReadOnlyList<JsonAtaStage>)System.Array.Empty<JsonAtaStage>();

    /// <summary>Filters on an expression that is not a path step (applied to its whole value), in order.</summary>
    public IReadOnlyList<JsonAtaStage> Predicates => PredicateList ?? (IReadOnlyList<JsonAtaStage>)System.Array.Empty<JsonAtaStage>();

    /// <summary>The variable name (without <c>$</c>) bound by <c>@$name</c> to each item of this step; may be empty for <c>@$</c>.</summary>
    public string? Focus { get; internal set; }

    /// <summary>The variable name bound by <c>#$name</c> to each item's position, when no filter precedes it.</summary>
    public string? IndexVariable { get; internal set; }

    /// <summary>Whether this step must be evaluated with tuples (focus, index or ancestor bindings).</summary>
    public bool Tuple { get; internal set; }

    /// <summary>Set by <c>[]</c>: keep a singleton result as an array.</summary>
    public bool KeepArray { get; internal set; }

    /// <summary>An array constructor (or a block ending in one) that must not be flattened into a path's result.</summary>
    public bool ConsArray { get; internal set; }

    /// <summary>A group-by <c>{k: v}</c> applied to this expression's result.</summary>
    public JsonAtaGroup? Group { get; internal set; }

    /// <summary>On a step that a <c>%</c> refers to: the slot under which its input is remembered.</summary>
    public JsonAtaAncestorSlot? Ancestor { get; internal set; }

    /// <summary>Parent references inside this expression that are still looking for the step they refer to.</summary>
    public IReadOnlyList<JsonAtaAncestorSlot> SeekingParent => SeekingList ?? (IReadOnlyList<JsonAtaAncestorSlot>)System.Array.Empty<JsonAtaAncestorSlot>();

    internal List<JsonAtaStage>? StageList { get; set; }

    internal List<JsonAtaStage>? PredicateList { get; set; }

    internal List<JsonAtaAncestorSlot>? SeekingList { get; set; }

    internal void CopyAnnotationsFrom(JsonAtaNode other)
    {
        StageList = other.StageList;
        PredicateList = other.PredicateList;
        Focus = other.Focus;
        IndexVariable = other.IndexVariable;
        Tuple = other.Tuple;
        KeepArray = other.KeepArray;
        ConsArray = other.ConsArray;
        Group = other.Group;
        Ancestor = other.Ancestor;
        SeekingList = other.SeekingList;
    }
}

/// <summary>A location path: <see cref="Steps"/> evaluated in turn, each over the results of the one before.</summary>
public sealed class JsonAtaPathNode : JsonAtaNode
{
    internal JsonAtaPathNode(int start, int end, List<JsonAtaNode> steps) : base(start, end) => StepList = steps;

    public override JsonAtaNodeKind Kind => JsonAtaNodeKind.Path;

    /// <summary>The steps: names, wildcards, descendants, parents, sorts, or any expression (a block, a call, a constructor).</summary>
    public IReadOnlyList<JsonAtaNode> Steps => StepList;

    /// <summary>Some step had <c>[]</c>: the path's result stays an array even with one item.</summary>
    public bool KeepSingletonArray { get; internal set; }

    internal List<JsonAtaNode> StepList { get; }
}

/// <summary>A field name step (bare, backtick-quoted, a string literal in a path, or the words and/or/in).</summary>
public sealed class JsonAtaNameNode : JsonAtaNode
{
    internal JsonAtaNameNode(int start, int end, string name) : base(start, end) => Name = name;

    public override JsonAtaNodeKind Kind => JsonAtaNodeKind.Name;

    /// <summary>The field name.</summary>
    public string Name { get; }
}

/// <summary>A string literal (decoded).</summary>
public sealed class JsonAtaStringNode : JsonAtaNode
{
    internal JsonAtaStringNode(int start, int end, string value) : base(start, end) => Value = value;

    public override JsonAtaNodeKind Kind => JsonAtaNodeKind.String;

    public string Value { get; }
}

/// <summary>A number literal; a negated literal <c>-5</c> is folded into one.</summary>
public sealed class JsonAtaNumberNode : JsonAtaNode
{
    internal JsonAtaNumberNode(int start, int end, double value) : base(start, end) => Value = value;

    public override JsonAtaNodeKind Kind => JsonAtaNodeKind.Number;

    public double Value { get; }
}

/// <summary>Which constant a <see cref="JsonAtaConstantNode"/> is.</summary>
public enum JsonAtaConstant
{
    True,
    False,
    Null,
}

/// <summary><c>true</c>, <c>false</c> or <c>null</c>.</summary>
public sealed class JsonAtaConstantNode : JsonAtaNode
{
    internal JsonAtaConstantNode(int start, int end, JsonAtaConstant value) : base(start, end) => Value = value;

    public override JsonAtaNodeKind Kind => JsonAtaNodeKind.Constant;

    public JsonAtaConstant Value { get; }
}

/// <summary>A regular expression literal; the reference compiles it as a JavaScript RegExp with the global flag added.</summary>
public sealed class JsonAtaRegexNode : JsonAtaNode
{
    internal JsonAtaRegexNode(int start, int end, string pattern, string flags) : base(start, end)
    {
        Pattern = pattern;
        Flags = flags;
    }

    public override JsonAtaNodeKind Kind => JsonAtaNodeKind.Regex;

    /// <summary>The pattern between the slashes, as written (JavaScript syntax).</summary>
    public string Pattern { get; }

    /// <summary>The flags as written: <c>i</c> and/or <c>m</c>, or empty.</summary>
    public string Flags { get; }
}

/// <summary>A variable read: <c>$name</c> (Name <c>name</c>), the context <c>$</c> (Name empty), the root <c>$$</c> (Name <c>$</c>).</summary>
public sealed class JsonAtaVariableNode : JsonAtaNode
{
    internal JsonAtaVariableNode(int start, int end, string name) : base(start, end) => Name = name;

    public override JsonAtaNodeKind Kind => JsonAtaNodeKind.Variable;

    /// <summary>The name without <c>$</c>.</summary>
    public string Name { get; }
}

/// <summary><c>*</c>: every field value of the context object.</summary>
public sealed class JsonAtaWildcardNode : JsonAtaNode
{
    internal JsonAtaWildcardNode(int start, int end) : base(start, end)
    {
    }

    public override JsonAtaNodeKind Kind => JsonAtaNodeKind.Wildcard;
}

/// <summary><c>**</c>: the context and all its descendants.</summary>
public sealed class JsonAtaDescendantNode : JsonAtaNode
{
    internal JsonAtaDescendantNode(int start, int end) : base(start, end)
    {
    }

    public override JsonAtaNodeKind Kind => JsonAtaNodeKind.Descendant;
}

/// <summary><c>%</c>: the input of the step named by <see cref="Slot"/> (that step's <see cref="JsonAtaNode.Ancestor"/>).</summary>
public sealed class JsonAtaParentNode : JsonAtaNode
{
    internal JsonAtaParentNode(int start, int end, JsonAtaAncestorSlot slot) : base(start, end) => Slot = slot;

    public override JsonAtaNodeKind Kind => JsonAtaNodeKind.Parent;

    public JsonAtaAncestorSlot Slot { get; }
}

/// <summary>
/// An infix operator: arithmetic <c>+ - * / %</c>, comparison <c>= != &lt; &lt;= &gt; &gt;=</c>, <c>&amp;</c>,
/// <c>and</c>, <c>or</c>, <c>in</c>, and the range <c>..</c> (only as an array constructor item).
/// </summary>
public sealed class JsonAtaBinaryNode : JsonAtaNode
{
    internal JsonAtaBinaryNode(int start, int end, string op, JsonAtaNode left, JsonAtaNode right) : base(start, end)
    {
        Operator = op;
        Left = left;
        Right = right;
    }

    public override JsonAtaNodeKind Kind => JsonAtaNodeKind.Binary;

    public string Operator { get; }

    public JsonAtaNode Left { get; }

    public JsonAtaNode Right { get; }
}

/// <summary>Unary minus on anything but a number literal.</summary>
public sealed class JsonAtaNegationNode : JsonAtaNode
{
    internal JsonAtaNegationNode(int start, int end, JsonAtaNode operand) : base(start, end) => Operand = operand;

    public override JsonAtaNodeKind Kind => JsonAtaNodeKind.Negation;

    public JsonAtaNode Operand { get; }
}

/// <summary>An array constructor <c>[a, b, 1..3]</c>; a range item is a <see cref="JsonAtaBinaryNode"/> with operator <c>..</c>.</summary>
public sealed class JsonAtaArrayNode : JsonAtaNode
{
    internal JsonAtaArrayNode(int start, int end, List<JsonAtaNode> items) : base(start, end) => Items = items;

    public override JsonAtaNodeKind Kind => JsonAtaNodeKind.Array;

    public IReadOnlyList<JsonAtaNode> Items { get; }
}

/// <summary>One key and value of an object constructor or group-by.</summary>
public sealed class JsonAtaPair
{
    internal JsonAtaPair(JsonAtaNode key, JsonAtaNode value)
    {
        Key = key;
        Value = value;
    }

    /// <summary>The key expression (evaluated to a string).</summary>
    public JsonAtaNode Key { get; }

    public JsonAtaNode Value { get; }
}

/// <summary>An object constructor <c>{k: v, ...}</c> in operand position (over the context).</summary>
public sealed class JsonAtaObjectNode : JsonAtaNode
{
    internal JsonAtaObjectNode(int start, int end, List<JsonAtaPair> pairs) : base(start, end) => Pairs = pairs;

    public override JsonAtaNodeKind Kind => JsonAtaNodeKind.Object;

    public IReadOnlyList<JsonAtaPair> Pairs { get; }
}

/// <summary>A group-by <c>expr{k: v}</c>, attached to <c>expr</c> as its <see cref="JsonAtaNode.Group"/>.</summary>
public sealed class JsonAtaGroup
{
    internal JsonAtaGroup(int start, int end, List<JsonAtaPair> pairs)
    {
        Start = start;
        End = end;
        Pairs = pairs;
    }

    /// <summary>Span of the <c>{...}</c>.</summary>
    public int Start { get; }

    public int End { get; }

    public IReadOnlyList<JsonAtaPair> Pairs { get; }
}

/// <summary>A block <c>(a; b; c)</c>: evaluated in a new variable scope; its value is the last expression's.</summary>
public sealed class JsonAtaBlockNode : JsonAtaNode
{
    internal JsonAtaBlockNode(int start, int end, List<JsonAtaNode> expressions) : base(start, end) => Expressions = expressions;

    public override JsonAtaNodeKind Kind => JsonAtaNodeKind.Block;

    public IReadOnlyList<JsonAtaNode> Expressions { get; }
}

/// <summary>Which operator a <see cref="JsonAtaConditionNode"/> was written with.</summary>
public enum JsonAtaConditionForm
{
    /// <summary><c>c ? a : b</c> or <c>c ? a</c>.</summary>
    Conditional,

    /// <summary><c>a ?: b</c>: Condition and Then are two copies of <c>a</c>.</summary>
    Elvis,

    /// <summary><c>a ?? b</c>: Condition is the implicit call <c>$exists(a)</c>, Then is <c>a</c>.</summary>
    Coalesce,
}

/// <summary><c>c ? a : b</c>; also <c>a ?: b</c> (Condition is a copy of a) and <c>a ?? b</c> (Condition is <c>$exists(a)</c>).</summary>
public sealed class JsonAtaConditionNode : JsonAtaNode
{
    internal JsonAtaConditionNode(int start, int end, JsonAtaNode condition, JsonAtaNode then, JsonAtaNode? otherwise, JsonAtaConditionForm form)
        : base(start, end)
    {
        Condition = condition;
        Then = then;
        Else = otherwise;
        Form = form;
    }

    public override JsonAtaNodeKind Kind => JsonAtaNodeKind.Condition;

    /// <summary>The operator written; for Elvis and Coalesce, <see cref="Condition"/> repeats <see cref="Then"/>'s text.</summary>
    public JsonAtaConditionForm Form { get; }

    public JsonAtaNode Condition { get; }

    public JsonAtaNode Then { get; internal set; }

    /// <summary>The else branch, or <see langword="null"/> (the result is then undefined when the condition fails).</summary>
    public JsonAtaNode? Else { get; internal set; }
}

/// <summary><c>$name := value</c>: binds in the current scope and yields the value.</summary>
public sealed class JsonAtaBindNode : JsonAtaNode
{
    internal JsonAtaBindNode(int start, int end, JsonAtaVariableNode variable, JsonAtaNode value) : base(start, end)
    {
        Variable = variable;
        Value = value;
    }

    public override JsonAtaNodeKind Kind => JsonAtaNodeKind.Bind;

    public JsonAtaVariableNode Variable { get; }

    public JsonAtaNode Value { get; }
}

/// <summary><c>x ~&gt; f</c>: applies f to x (a call on the right gets x as an extra first argument).</summary>
public sealed class JsonAtaApplyNode : JsonAtaNode
{
    internal JsonAtaApplyNode(int start, int end, JsonAtaNode left, JsonAtaNode right) : base(start, end)
    {
        Left = left;
        Right = right;
    }

    public override JsonAtaNodeKind Kind => JsonAtaNodeKind.Apply;

    public JsonAtaNode Left { get; }

    public JsonAtaNode Right { get; }
}

/// <summary>A function call <c>f(a, b)</c>, or a partial application <c>f(?, b)</c> when <see cref="IsPartial"/>.</summary>
public sealed class JsonAtaCallNode : JsonAtaNode
{
    internal JsonAtaCallNode(int start, int end, JsonAtaNode procedure, List<JsonAtaNode> arguments, bool isPartial) : base(start, end)
    {
        Procedure = procedure;
        Arguments = arguments;
        IsPartial = isPartial;
    }

    public override JsonAtaNodeKind Kind => JsonAtaNodeKind.Call;

    /// <summary>What is called: usually a <see cref="JsonAtaVariableNode"/> (<c>$sum</c>), or any expression.</summary>
    public JsonAtaNode Procedure { get; internal set; }

    /// <summary>The arguments; in a partial application some are <see cref="JsonAtaPlaceholderNode"/>s.</summary>
    public IReadOnlyList<JsonAtaNode> Arguments { get; }

    public bool IsPartial { get; }

    /// <summary>Offset of the argument list's <c>(</c>; the list ends at <see cref="JsonAtaNode.End"/>.</summary>
    public int ArgumentsStart { get; internal set; }

    /// <summary>Not written but made by the parser: the <c>$exists(a)</c> test of <c>a ?? b</c>.</summary>
    public bool IsImplicit { get; internal set; }
}

/// <summary>The <c>?</c> of a partial application.</summary>
public sealed class JsonAtaPlaceholderNode : JsonAtaNode
{
    internal JsonAtaPlaceholderNode(int start, int end) : base(start, end)
    {
    }

    public override JsonAtaNodeKind Kind => JsonAtaNodeKind.Placeholder;
}

/// <summary><c>function($a, $b)&lt;sig&gt;{ body }</c> (or <c>λ</c>); also a thunk wrapping a tail call.</summary>
public sealed class JsonAtaLambdaNode : JsonAtaNode
{
    internal JsonAtaLambdaNode(int start, int end, List<JsonAtaVariableNode> parameters, string? signature, JsonAtaNode body, bool isThunk)
        : base(start, end)
    {
        Parameters = parameters;
        Signature = signature;
        Body = body;
        IsThunk = isThunk;
    }

    public override JsonAtaNodeKind Kind => JsonAtaNodeKind.Lambda;

    public IReadOnlyList<JsonAtaVariableNode> Parameters { get; }

    /// <summary>The signature text rebuilt from its tokens (whitespace dropped), or <see langword="null"/>.</summary>
    public string? Signature { get; }

    public JsonAtaNode Body { get; }

    /// <summary>A thunk: no parameters, its body a call in tail position, evaluated by a trampoline.</summary>
    public bool IsThunk { get; }
}

/// <summary><c>| pattern | update, delete |</c>: a function that copies its input and updates the matches.</summary>
public sealed class JsonAtaTransformNode : JsonAtaNode
{
    internal JsonAtaTransformNode(int start, int end, JsonAtaNode pattern, JsonAtaNode update, JsonAtaNode? delete) : base(start, end)
    {
        Pattern = pattern;
        Update = update;
        Delete = delete;
    }

    public override JsonAtaNodeKind Kind => JsonAtaNodeKind.Transform;

    public JsonAtaNode Pattern { get; }

    public JsonAtaNode Update { get; }

    public JsonAtaNode? Delete { get; }
}

/// <summary>One term of an order-by.</summary>
public sealed class JsonAtaSortTerm
{
    internal JsonAtaSortTerm(bool descending, JsonAtaNode expression)
    {
        Descending = descending;
        Expression = expression;
    }

    /// <summary><c>&gt;</c> was written; <c>&lt;</c> or nothing means ascending.</summary>
    public bool Descending { get; }

    public JsonAtaNode Expression { get; }
}

/// <summary>An order-by <c>^(&lt;a, &gt;b)</c>: the last step of a path, sorting what the steps before produced.</summary>
public sealed class JsonAtaSortNode : JsonAtaNode
{
    internal JsonAtaSortNode(int start, int end, List<JsonAtaSortTerm> terms) : base(start, end) => Terms = terms;

    public override JsonAtaNodeKind Kind => JsonAtaNodeKind.Sort;

    public IReadOnlyList<JsonAtaSortTerm> Terms { get; }
}

/// <summary>A stage of a step: a filter <c>[expr]</c> or, after a filter, an index binding <c>#$i</c>.</summary>
public sealed class JsonAtaStage
{
    internal JsonAtaStage(int start, int end, JsonAtaNode? filter, string? indexVariable)
    {
        Start = start;
        End = end;
        Filter = filter;
        IndexVariable = indexVariable;
    }

    public int Start { get; }

    public int End { get; }

    /// <summary>The filter expression (a number selects by position), or <see langword="null"/> for an index stage.</summary>
    public JsonAtaNode? Filter { get; }

    /// <summary>For an index stage, the variable name bound to each item's position.</summary>
    public string? IndexVariable { get; }
}

/// <summary>Links a <c>%</c> to the step whose input it reads.</summary>
public sealed class JsonAtaAncestorSlot
{
    internal JsonAtaAncestorSlot(string label, int level, int index, int start, int end)
    {
        Label = label;
        Level = level;
        Index = index;
        Start = start;
        End = end;
    }

    /// <summary>The key under which the ancestor's input is remembered in a tuple.</summary>
    public string Label { get; internal set; }

    /// <summary>How many steps up are still to be found (0 once resolved).</summary>
    public int Level { get; internal set; }

    /// <summary>The order of the <c>%</c> in the expression.</summary>
    public int Index { get; }

    /// <summary>The span of the <c>%</c>.</summary>
    public int Start { get; }

    public int End { get; }
}
