using System.Collections.Generic;

namespace StepGen.Asl.JsonAta;

/// <summary>A read of a variable the expression does not bind itself.</summary>
public sealed record JsonAtaVariableRead(string Name, int Start, int End);

/// <summary>A use of <c>$states</c>: <see cref="Field"/> is the step right after it (<c>input</c>, <c>context</c>, ...), or empty.</summary>
public sealed record JsonAtaStatesField(string Field, int Start, int End)
{
    /// <summary>
    /// The field names read below <see cref="Field"/>, in order, up to the first step that is not a plain name or
    /// that filters (<c>$states.input.order.items[0].price</c> gives <c>order</c>, <c>items</c>).
    /// </summary>
    public IReadOnlyList<string> Steps { get; init; } = System.Array.Empty<string>();

    /// <summary>Where the last of <see cref="Steps"/> ends (<see cref="End"/> when there are none).</summary>
    public int StepsEnd { get; init; }

    /// <summary>
    /// When the use is compared with a literal (<c>$states.input.total &gt; 100</c>, <c>= 'express'</c>): the literal's
    /// kind as a signature symbol, <c>n</c>, <c>s</c> or <c>b</c>; otherwise null.
    /// </summary>
    public char? ComparedWith { get; init; }
}

/// <summary>Syntax newer than the JSONata Step Functions runs: <see cref="Operator"/> is <c>?:</c> or <c>??</c>.</summary>
public sealed record JsonAtaNewerSyntax(string Operator, int Start, int End);

/// <summary>A call the analyzer should report: an unknown function, or a known one with a refused argument count.</summary>
public sealed record JsonAtaFunctionProblem(string Message, int Start, int End);

/// <summary>A call of a free <c>$name</c> with the number of arguments it really receives.</summary>
public sealed record JsonAtaFunctionCall(string Name, int ArgumentCount, int Start, int End);

/// <summary>
/// What the analyzer needs to know about one parsed expression: the variables it reads without binding them, its
/// uses of <c>$states</c>, and its function calls.
/// </summary>
/// <remarks>
/// Scopes follow JSONata's: a block <c>( ... )</c> and a lambda open a scope; <c>$x := v</c> binds <c>$x</c> for
/// what follows in the enclosing scope; a lambda binds its parameters; <c>@$x</c> and <c>#$i</c> bind for the rest
/// of their path. The context <c>$</c> and root <c>$$</c> are never reported. A free <c>$name</c> that is called
/// goes to <see cref="FunctionCalls"/> (and, unless known, <see cref="FunctionProblems"/>), not to
/// <see cref="FreeVariables"/>; a known function's name passed as a value (<c>$map(a, $string)</c>) is not a free
/// variable either. Argument counts assume a context is available (a parameter marked <c>-</c> may be left out).
/// The walk is bounded in depth like the parser.
/// </remarks>
public sealed class JsonAtaReferences
{
    private readonly List<JsonAtaVariableRead> _free = new();
    private readonly List<JsonAtaStatesField> _states = new();
    private readonly List<JsonAtaFunctionProblem> _problems = new();
    private readonly List<JsonAtaFunctionCall> _calls = new();
    private readonly List<JsonAtaNewerSyntax> _newer = new();
    private readonly HashSet<string> _bindNames = new();
    private readonly List<JsonAtaVariableRead> _pendingReads = new();
    private readonly List<(string Name, int Count, int NameStart, int NameEnd, int ArgumentsStart, int CallEnd)> _pendingCalls = new();
    private int _lambdaDepth;
    private readonly List<List<string>> _scopes = new();
    private int _depth;

    private JsonAtaReferences()
    {
    }

    /// <summary>Every <c>$name</c> read that the expression does not bind, in text order of the walk.</summary>
    public IReadOnlyList<JsonAtaVariableRead> FreeVariables => _free;

    /// <summary>Every use of <c>$states</c> (unless the expression rebinds it).</summary>
    public IReadOnlyList<JsonAtaStatesField> StatesFields => _states;

    /// <summary>Unknown functions and refused argument counts.</summary>
    public IReadOnlyList<JsonAtaFunctionProblem> FunctionProblems => _problems;

    /// <summary>Every call of a free <c>$name</c>.</summary>
    public IReadOnlyList<JsonAtaFunctionCall> FunctionCalls => _calls;

    /// <summary>Uses of the <c>?:</c> and <c>??</c> operators, which JSONata 2.1.0 added (Step Functions documents 2.0.6).</summary>
    public IReadOnlyList<JsonAtaNewerSyntax> NewerSyntax => _newer;

    /// <summary>Walks the tree under <paramref name="root"/>; never throws.</summary>
    public static JsonAtaReferences Collect(JsonAtaNode root)
    {
        var references = new JsonAtaReferences();
        references._scopes.Add(new List<string>());
        if (root is not null)
        {
            references.Walk(root);
            references.ResolvePending();
        }

        return references;
    }

    private bool IsBound(string name)
    {
        for (int i = _scopes.Count - 1; i >= 0; i--)
        {
            if (_scopes[i].Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    private void Declare(string name) => _scopes[_scopes.Count - 1].Add(name);

    /// <summary>
    /// A lambda looks its names up when it is called, not where it is written: <c>$f := function($k) { ... $f($k - 1) }</c>
    /// calls itself, and a function may call one bound after it in the same block. So a name a lambda body reads that
    /// is not bound at that point is judged at the end: free only if no <c>:=</c> anywhere in the expression binds it.
    /// </summary>
    private void ResolvePending()
    {
        foreach (JsonAtaVariableRead read in _pendingReads)
        {
            if (!_bindNames.Contains(read.Name))
            {
                _free.Add(read);
            }
        }

        foreach ((string name, int count, int nameStart, int nameEnd, int argumentsStart, int callEnd) in _pendingCalls)
        {
            if (!_bindNames.Contains(name))
            {
                RecordCall(name, count, nameStart, nameEnd, argumentsStart, callEnd);
            }
        }
    }

    private void Read(JsonAtaVariableNode variable)
    {
        string name = variable.Name;
        if (name.Length == 0 || name == "$" || IsBound(name))
        {
            return;
        }

        if (name == "states")
        {
            _states.Add(new JsonAtaStatesField("", variable.Start, variable.End));
        }
        else if (!JsonAtaFunctions.IsKnown(name))
        {
            (_lambdaDepth > 0 ? _pendingReads : _free).Add(new JsonAtaVariableRead(name, variable.Start, variable.End));
        }
    }

    private void Walk(JsonAtaNode? node)
    {
        if (node is null || _depth > JsonAtaParser.MaxDepth * 4)
        {
            return;
        }

        _depth++;
        WalkKind(node);
        WalkAnnotations(node);
        _depth--;
    }

    private void WalkAnnotations(JsonAtaNode node)
    {
        if (node is not JsonAtaPathNode)
        {
            WalkStages(node.Predicates);
        }

        if (node.Group is not null)
        {
            foreach (JsonAtaPair pair in node.Group.Pairs)
            {
                Walk(pair.Key);
                Walk(pair.Value);
            }
        }
    }

    private void WalkStages(IReadOnlyList<JsonAtaStage> stages)
    {
        foreach (JsonAtaStage stage in stages)
        {
            if (stage.IndexVariable is not null)
            {
                Declare(stage.IndexVariable);
            }
            else
            {
                Walk(stage.Filter);
            }
        }
    }

    private void WalkKind(JsonAtaNode node)
    {
        // Only dispatch here: this frame is on the stack once per nesting level, so it holds no locals.
        switch (node.Kind)
        {
            case JsonAtaNodeKind.Path:
                WalkPath((JsonAtaPathNode)node);
                break;
            case JsonAtaNodeKind.Variable:
                Read((JsonAtaVariableNode)node);
                break;
            case JsonAtaNodeKind.Binary:
                WalkBinary((JsonAtaBinaryNode)node);
                break;
            case JsonAtaNodeKind.Negation:
                Walk(((JsonAtaNegationNode)node).Operand);
                break;
            case JsonAtaNodeKind.Array:
                WalkAll(((JsonAtaArrayNode)node).Items);
                break;
            case JsonAtaNodeKind.Object:
                WalkPairs(((JsonAtaObjectNode)node).Pairs);
                break;
            case JsonAtaNodeKind.Block:
                _scopes.Add(new List<string>());
                WalkAll(((JsonAtaBlockNode)node).Expressions);
                _scopes.RemoveAt(_scopes.Count - 1);
                break;
            case JsonAtaNodeKind.Condition:
                WalkCondition((JsonAtaConditionNode)node);
                break;
            case JsonAtaNodeKind.Bind:
                Walk(((JsonAtaBindNode)node).Value);
                Declare(((JsonAtaBindNode)node).Variable.Name);
                _bindNames.Add(((JsonAtaBindNode)node).Variable.Name);
                break;
            case JsonAtaNodeKind.Apply:
                WalkApply((JsonAtaApplyNode)node);
                break;
            case JsonAtaNodeKind.Call:
                Call((JsonAtaCallNode)node, 0);
                break;
            case JsonAtaNodeKind.Lambda:
                WalkLambda((JsonAtaLambdaNode)node);
                break;
            case JsonAtaNodeKind.Transform:
                Walk(((JsonAtaTransformNode)node).Pattern);
                Walk(((JsonAtaTransformNode)node).Update);
                Walk(((JsonAtaTransformNode)node).Delete);
                break;
            case JsonAtaNodeKind.Sort:
                WalkSort((JsonAtaSortNode)node);
                break;
        }
    }

    /// <summary>A comparison of a <c>$states</c> path with a literal notes the literal's kind on that use.</summary>
    private void WalkBinary(JsonAtaBinaryNode binary)
    {
        int before = _states.Count;
        Walk(binary.Left);
        NoteComparison(binary, before, binary.Right);
        before = _states.Count;
        Walk(binary.Right);
        NoteComparison(binary, before, binary.Left);
    }

    private void NoteComparison(JsonAtaBinaryNode binary, int before, JsonAtaNode other)
    {
        if (_states.Count != before + 1 || binary.Operator is not ("=" or "!=" or "<" or "<=" or ">" or ">="))
        {
            return;
        }

        char? kind = other switch
        {
            JsonAtaNumberNode => 'n',
            JsonAtaStringNode => binary.Operator is "=" or "!=" ? 's' : null,
            JsonAtaConstantNode { Value: not JsonAtaConstant.Null } => binary.Operator is "=" or "!=" ? 'b' : null,
            _ => null,
        };
        if (kind is not null && _states[before].Steps.Count > 0)
        {
            _states[before] = _states[before] with { ComparedWith = kind };
        }
    }

    private void WalkAll(IReadOnlyList<JsonAtaNode> nodes)
    {
        for (int i = 0; i < nodes.Count; i++)
        {
            Walk(nodes[i]);
        }
    }

    private void WalkPairs(IReadOnlyList<JsonAtaPair> pairs)
    {
        for (int i = 0; i < pairs.Count; i++)
        {
            Walk(pairs[i].Key);
            Walk(pairs[i].Value);
        }
    }

    private void WalkSort(JsonAtaSortNode sort)
    {
        for (int i = 0; i < sort.Terms.Count; i++)
        {
            Walk(sort.Terms[i].Expression);
        }
    }

    private void WalkCondition(JsonAtaConditionNode condition)
    {
        if (condition.Form != JsonAtaConditionForm.Conditional)
        {
            _newer.Add(new JsonAtaNewerSyntax(condition.Form == JsonAtaConditionForm.Elvis ? "?:" : "??", condition.Start, condition.End));
        }

        if (condition.Form == JsonAtaConditionForm.Conditional)
        {
            // For ?: and ?? the condition repeats the then-branch's text: walk it once.
            Walk(condition.Condition);
        }

        Walk(condition.Then);
        Walk(condition.Else);
    }

    private void WalkApply(JsonAtaApplyNode apply)
    {
        Walk(apply.Left);
        if (apply.Right is JsonAtaCallNode chained)
        {
            Call(chained, 1);
            WalkAnnotations(chained);
        }
        else if (apply.Right is JsonAtaVariableNode function && !IsBound(function.Name) && JsonAtaFunctions.IsKnown(function.Name))
        {
            RecordCall(function.Name, 1, function.Start, function.End, function.Start, function.End);
        }
        else
        {
            Walk(apply.Right);
        }
    }

    private void WalkLambda(JsonAtaLambdaNode lambda)
    {
        if (lambda.IsThunk)
        {
            Walk(lambda.Body);
            return;
        }

        var parameters = new List<string>();
        foreach (JsonAtaVariableNode parameter in lambda.Parameters)
        {
            parameters.Add(parameter.Name);
        }

        _scopes.Add(parameters);
        _lambdaDepth++;
        Walk(lambda.Body);
        _lambdaDepth--;
        _scopes.RemoveAt(_scopes.Count - 1);
    }

    private void WalkPath(JsonAtaPathNode path)
    {
        _scopes.Add(new List<string>());
        for (int i = 0; i < path.Steps.Count; i++)
        {
            JsonAtaNode step = path.Steps[i];
            if (i == 0 && step is JsonAtaVariableNode first && first.Name == "states" && !IsBound("states"))
            {
                if (path.Steps.Count > 1 && path.Steps[1] is JsonAtaNameNode field)
                {
                    IReadOnlyList<string> steps = NamesAfter(path, field);
                    int stepsEnd = steps.Count == 0 ? field.End : path.Steps[1 + steps.Count].End;
                    _states.Add(new JsonAtaStatesField(field.Name, first.Start, field.End) { Steps = steps, StepsEnd = stepsEnd });
                }
                else
                {
                    _states.Add(new JsonAtaStatesField("", first.Start, first.End));
                }

                WalkAnnotations(step);
            }
            else
            {
                _depth++;
                WalkKind(step);
                _depth--;
                WalkAnnotations(step);
            }

            if (step.Focus is not null)
            {
                Declare(step.Focus);
            }

            if (step.IndexVariable is not null)
            {
                Declare(step.IndexVariable);
            }

            WalkStages(step.Stages);
        }

        _scopes.RemoveAt(_scopes.Count - 1);
    }

    /// <summary>The plain names that follow <paramref name="field"/> in <paramref name="path"/>, up to a step that filters or is not a name.</summary>
    private static IReadOnlyList<string> NamesAfter(JsonAtaPathNode path, JsonAtaNode field)
    {
        var names = new List<string>();
        if (field.Stages.Count > 0 || field.Predicates.Count > 0)
        {
            return names;
        }

        for (int i = 2; i < path.Steps.Count && path.Steps[i] is JsonAtaNameNode name; i++)
        {
            names.Add(name.Name);
            if (name.Stages.Count > 0 || name.Predicates.Count > 0 || name.Group is not null)
            {
                break;
            }
        }

        return names;
    }

    private void Call(JsonAtaCallNode call, int extraArguments)
    {
        if (call.Procedure is JsonAtaVariableNode function && function.Name.Length > 0 && function.Name != "$")
        {
            if (!IsBound(function.Name))
            {
                if (_lambdaDepth > 0 && !JsonAtaFunctions.IsKnown(function.Name))
                {
                    _pendingCalls.Add((function.Name, call.Arguments.Count + extraArguments, function.Start, function.End, call.ArgumentsStart, call.End));
                }
                else
                {
                    RecordCall(function.Name, call.Arguments.Count + extraArguments, function.Start, function.End, call.ArgumentsStart, call.End);
                }
            }
        }
        else
        {
            Walk(call.Procedure);
        }

        foreach (JsonAtaNode argument in call.Arguments)
        {
            Walk(argument);
        }
    }

    private void RecordCall(string name, int argumentCount, int nameStart, int nameEnd, int argumentsStart, int callEnd)
    {
        _calls.Add(new JsonAtaFunctionCall(name, argumentCount, nameStart, callEnd));
        if (!JsonAtaFunctions.IsKnown(name))
        {
            string? closest = Compile.Names.Closest(name, JsonAtaFunctions.Names);
            _problems.Add(new JsonAtaFunctionProblem("$" + name + " is not a known function" + (closest is null ? "." : "; did you mean $" + closest + "?"), nameStart, nameEnd));
            return;
        }

        if (JsonAtaFunctions.StepFunctionsRefusal(name) is string refusal)
        {
            _problems.Add(new JsonAtaFunctionProblem(refusal, nameStart, nameEnd));
            return;
        }

        string? arity = JsonAtaFunctions.ArityProblem(name, argumentCount, contextAvailable: true);
        if (arity is not null)
        {
            _problems.Add(new JsonAtaFunctionProblem(arity, argumentsStart, callEnd));
        }
    }
}
