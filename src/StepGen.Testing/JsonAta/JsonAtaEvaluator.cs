using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

using StepGen.Asl.JsonAta;

namespace StepGen.Testing.JsonAta;

/// <summary>
/// One evaluation of a compiled expression: walks the parser's processed tree with the reference implementation's
/// rules (sequences that flatten and collapse, tuple streams for <c>@</c>/<c>#</c>/<c>%</c>, keep-array, filters,
/// order-by, group-by, lambdas with a trampoline for tail calls). It holds what is fixed for the evaluation: the
/// clock, the random source and the nesting depth, which is limited so that runaway recursion ends in error D1011.
/// </summary>
internal sealed class JsonAtaEvaluator
{
    private readonly JsonAtaExpression _expression;
    private readonly JsonAtaOptions _options;
    private readonly Random _random;
    private readonly bool _onLargeStack;
    private readonly int _depthLimit;
    private int _depth;

    /// <param name="expression">The compiled expression (its regex and signature caches).</param>
    /// <param name="options">The clock, random and GUID sources and the depth limit.</param>
    /// <param name="onLargeStack">
    /// False for the first attempt, on the caller's thread, limited to <see cref="CallerThreadDepth"/> levels; true for
    /// the evaluation again on a thread sized for <see cref="JsonAtaOptions.MaxDepth"/> levels.
    /// </param>
    public JsonAtaEvaluator(JsonAtaExpression expression, JsonAtaOptions options, bool onLargeStack = false)
    {
        _expression = expression;
        _options = options;
        _onLargeStack = onLargeStack;
        _depthLimit = onLargeStack ? options.MaxDepth : Math.Min(options.MaxDepth, CallerThreadDepth);
        _random = options.Random ?? Random.Shared;
        NowMillis = Math.Floor((double)(options.Now ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds());
    }

    /// <summary>
    /// The nesting an evaluation may reach on the caller's thread, whose stack may be small or already deep (a test
    /// host's worker): ordinary expressions stay far below it; deeper recursion is evaluated again on a thread of its own.
    /// </summary>
    public const int CallerThreadDepth = 400;

    /// <summary>The stack a thread gets per level of <see cref="JsonAtaOptions.MaxDepth"/> (a Debug build's frames included).</summary>
    public const int StackBytesPerLevel = 4096;

    /// <summary>The instant of <c>$now()</c> and <c>$millis()</c>, fixed for the evaluation.</summary>
    public double NowMillis { get; }

    /// <summary>Whether the Step Functions additions are defined.</summary>
    public bool StepFunctionsFunctions => _options.StepFunctionsFunctions;


    /// <summary>A number in [0, 1) from the evaluation's random source.</summary>
    public double NextRandom() => _random.NextDouble();

    /// <summary>A new GUID from the evaluation's source.</summary>
    public Guid NewGuid() => _options.NewGuid?.Invoke() ?? Guid.NewGuid();

    /// <summary>Evaluates <paramref name="expr"/> against <paramref name="input"/> in <paramref name="frame"/>.</summary>
    public object? Evaluate(JsonAtaNode expr, object? input, JsonAtaFrame frame)
    {
        if (++_depth > _depthLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _depth--;
            if (!_onLargeStack && _options.MaxDepth > _depthLimit)
            {
                // Deeper than an ordinary expression goes: start again on a thread with room for MaxDepth levels.
                throw new NeedsLargeStackException();
            }

            throw new JsonAtaException("D1011", "Stack overflow: the expression nests or recurses too deeply (more than " + _depth + " levels); a recursive function may not terminate, or could be written tail-recursive", expr.Start);
        }

        try
        {
            object? result = EvaluateKind(expr, input, frame);
            IReadOnlyList<JsonAtaStage> predicates = expr.Predicates;
            for (int i = 0; i < predicates.Count; i++)
            {
                if (predicates[i].Filter is JsonAtaNode filter)
                {
                    result = Filter(filter, result, frame);
                }
            }

            if (expr.Kind != JsonAtaNodeKind.Path && expr.Group is JsonAtaGroup group)
            {
                result = Group(group.Pairs, group.Start, result, frame);
            }

            if (result is JsonAtaSequence { IsSequence: true, IsTupleStream: false } sequence)
            {
                if (expr.KeepArray)
                {
                    sequence.KeepSingleton = true;
                }

                if (sequence.Count == 0)
                {
                    result = null;
                }
                else if (sequence.Count == 1)
                {
                    result = sequence.KeepSingleton ? sequence : sequence[0];
                }
            }

            return result;
        }
        finally
        {
            _depth--;
        }
    }

    private object? EvaluateKind(JsonAtaNode expr, object? input, JsonAtaFrame frame)
    {
        switch (expr)
        {
            case JsonAtaPathNode path:
                return EvaluatePath(path, input, frame);
            case JsonAtaBinaryNode binary:
                return JsonAtaOperators.Evaluate(this, binary, input, frame);
            case JsonAtaNegationNode negation:
                {
                    object? value = Evaluate(negation.Operand, input, frame);
                    if (value is null)
                    {
                        return null;
                    }

                    if (JsonAtaValues.IsNumber(value))
                    {
                        return -(double)value;
                    }

                    throw new JsonAtaException("D1002", "Cannot negate a value that is not a number: " + Describe(value), expr.Start, "-");
                }

            case JsonAtaNameNode name:
                return JsonAtaCollectionFunctions.Lookup(input, name.Name);
            case JsonAtaStringNode s:
                return s.Value;
            case JsonAtaNumberNode n:
                return n.Value;
            case JsonAtaConstantNode c:
                return c.Value switch
                {
                    JsonAtaConstant.True => JsonAtaValues.True,
                    JsonAtaConstant.False => JsonAtaValues.False,
                    _ => JsonAtaNull.Value,
                };
            case JsonAtaWildcardNode:
                return Wildcard(input);
            case JsonAtaDescendantNode:
                {
                    if (input is null)
                    {
                        return null;
                    }

                    JsonAtaSequence results = JsonAtaSequence.Create();
                    Descendants(input, results);
                    return results.Count == 1 ? results[0] : results;
                }

            case JsonAtaParentNode parent:
                return frame.Lookup(parent.Slot.Label);
            case JsonAtaArrayNode array:
                return ArrayConstructor(array, input, frame);
            case JsonAtaObjectNode obj:
                return Group(obj.Pairs, obj.Start, input, frame);
            case JsonAtaBlockNode block:
                {
                    var scope = new JsonAtaFrame(frame);
                    object? result = null;
                    foreach (JsonAtaNode item in block.Expressions)
                    {
                        result = Evaluate(item, input, scope);
                    }

                    return result;
                }

            case JsonAtaConditionNode condition:
                {
                    object? test = Evaluate(condition.Condition, input, frame);
                    if (JsonAtaValues.Truthy(test) == true)
                    {
                        return Evaluate(condition.Then, input, frame);
                    }

                    return condition.Else is JsonAtaNode otherwise ? Evaluate(otherwise, input, frame) : null;
                }

            case JsonAtaBindNode bind:
                {
                    object? value = Evaluate(bind.Value, input, frame);
                    frame.Bind(bind.Variable.Name, value);
                    return value;
                }

            case JsonAtaRegexNode regex:
                return _expression.RegexOf(regex);
            case JsonAtaVariableNode variable:
                if (variable.Name.Length == 0)
                {
                    return input is JsonAtaSequence { IsOuterWrapper: true } wrapper ? wrapper[0] : input;
                }

                return frame.Lookup(variable.Name);
            case JsonAtaLambdaNode lambda:
                return MakeLambda(lambda, input, frame);
            case JsonAtaCallNode call:
                return call.IsPartial ? PartialApplication(call, input, frame) : Call(call, input, frame, applyTo: null, hasApplyTo: false);
            case JsonAtaApplyNode apply:
                return ApplyOperator(apply, input, frame);
            case JsonAtaTransformNode transform:
                return new JsonAtaTransformFunction(transform, frame);
            default:
                return null;
        }
    }

    private JsonAtaLambda MakeLambda(JsonAtaLambdaNode lambda, object? input, JsonAtaFrame frame)
    {
        var names = new string[lambda.Parameters.Count];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = lambda.Parameters[i].Name;
        }

        return new JsonAtaLambda(lambda.Body, names, _expression.SignatureOf(lambda), input, frame, lambda.IsThunk);
    }

    private object? EvaluatePath(JsonAtaPathNode path, object? input, JsonAtaFrame frame)
    {
        IReadOnlyList<JsonAtaNode> steps = path.Steps;
        JsonAtaSequence inputSequence = input is JsonAtaSequence list && steps[0].Kind != JsonAtaNodeKind.Variable
            ? list
            : JsonAtaSequence.Of(input);
        object? resultSequence = null;
        bool isTupleStream = false;
        JsonAtaSequence? tupleBindings = null;
        for (int i = 0; i < steps.Count; i++)
        {
            JsonAtaNode step = steps[i];
            if (step.Tuple)
            {
                isTupleStream = true;
            }

            if (i == 0 && step.ConsArray)
            {
                resultSequence = Evaluate(step, inputSequence, frame);
            }
            else if (isTupleStream)
            {
                tupleBindings = TupleStep(step, inputSequence, tupleBindings, frame);
            }
            else
            {
                resultSequence = Step(step, inputSequence, frame, i == steps.Count - 1);
            }

            if (!isTupleStream && (resultSequence is null || (resultSequence is JsonAtaSequence r && r.Count == 0)))
            {
                break;
            }

            if (step.Focus is null)
            {
                inputSequence = resultSequence as JsonAtaSequence ?? JsonAtaSequence.Of(resultSequence);
            }
        }

        if (isTupleStream)
        {
            if (path.Tuple)
            {
                resultSequence = tupleBindings;
            }
            else
            {
                JsonAtaSequence values = JsonAtaSequence.Create();
                if (tupleBindings != null)
                {
                    foreach (object? tuple in tupleBindings)
                    {
                        values.Add(((JsonAtaTuple)tuple!).Context);
                    }
                }

                resultSequence = values;
            }
        }

        if (path.KeepSingletonArray)
        {
            if (resultSequence is JsonAtaSequence { IsConstructed: true, IsSequence: false } constructed)
            {
                resultSequence = JsonAtaSequence.Of(constructed);
            }

            if (resultSequence is JsonAtaSequence keep)
            {
                keep.KeepSingleton = true;
            }
        }

        if (path.Group is JsonAtaGroup group)
        {
            resultSequence = Group(group.Pairs, group.Start, isTupleStream ? tupleBindings : resultSequence, frame);
        }

        return resultSequence;
    }

    private object? Step(JsonAtaNode step, JsonAtaSequence input, JsonAtaFrame frame, bool lastStep)
    {
        if (step is JsonAtaSortNode sort)
        {
            object? sorted = Sort(sort, input, frame);
            return step.Stages.Count > 0 ? Stages(step.Stages, sorted, frame) : sorted;
        }

        var results = new List<object?>(input.Count);
        IReadOnlyList<JsonAtaStage> stages = step.Stages;
        for (int i = 0; i < input.Count; i++)
        {
            object? value = Evaluate(step, input[i], frame);
            for (int s = 0; s < stages.Count; s++)
            {
                if (stages[s].Filter is JsonAtaNode filter)
                {
                    value = Filter(filter, value, frame);
                }
            }

            if (value is not null)
            {
                results.Add(value);
            }
        }

        if (lastStep && results.Count == 1 && results[0] is JsonAtaSequence { IsSequence: false } only)
        {
            return only;
        }

        JsonAtaSequence sequence = JsonAtaSequence.Create();
        foreach (object? value in results)
        {
            if (value is JsonAtaSequence array && !array.IsConstructed)
            {
                sequence.AddRange(array);
            }
            else
            {
                sequence.Add(value);
            }
        }

        return sequence;
    }

    private object? Stages(IReadOnlyList<JsonAtaStage> stages, object? input, JsonAtaFrame frame)
    {
        object? result = input;
        foreach (JsonAtaStage stage in stages)
        {
            if (stage.Filter is JsonAtaNode filter)
            {
                result = Filter(filter, result, frame);
            }
            else if (stage.IndexVariable is string index && result is JsonAtaSequence tuples)
            {
                for (int i = 0; i < tuples.Count; i++)
                {
                    if (tuples[i] is JsonAtaTuple tuple)
                    {
                        tuple.Set(index, (double)i);
                    }
                }
            }
        }

        return result;
    }

    private JsonAtaSequence TupleStep(JsonAtaNode step, JsonAtaSequence input, JsonAtaSequence? tupleBindings, JsonAtaFrame frame)
    {
        if (step is JsonAtaSortNode sort)
        {
            JsonAtaSequence result;
            if (tupleBindings != null)
            {
                result = AsTupleStream(Sort(sort, tupleBindings, frame));
            }
            else
            {
                object? sorted = Sort(sort, input, frame);
                result = JsonAtaSequence.Create();
                result.IsTupleStream = true;
                if (sorted is JsonAtaSequence sortedList)
                {
                    for (int i = 0; i < sortedList.Count; i++)
                    {
                        var tuple = new JsonAtaTuple(sortedList[i]);
                        tuple.Set(step.IndexVariable ?? "undefined", (double)i);
                        result.Add(tuple);
                    }
                }
            }

            return step.Stages.Count > 0 ? AsTupleStream(Stages(step.Stages, result, frame)) : result;
        }

        JsonAtaSequence stream = JsonAtaSequence.Create();
        stream.IsTupleStream = true;
        if (tupleBindings == null)
        {
            tupleBindings = new JsonAtaSequence(input.Count);
            foreach (object? item in input)
            {
                tupleBindings.Add(new JsonAtaTuple(item));
            }
        }

        foreach (object? binding in tupleBindings)
        {
            var source = (JsonAtaTuple)binding!;
            JsonAtaFrame stepFrame = source.ToFrame(frame);
            object? value = Evaluate(step, source.Context, stepFrame);
            if (value is null)
            {
                continue;
            }

            JsonAtaSequence values = value as JsonAtaSequence ?? JsonAtaSequence.Of(value);
            for (int b = 0; b < values.Count; b++)
            {
                JsonAtaTuple tuple = source.Copy();
                if (values.IsTupleStream && values[b] is JsonAtaTuple inner)
                {
                    foreach (KeyValuePair<string, object?> pair in inner.Bindings)
                    {
                        tuple.Set(pair.Key, pair.Value);
                    }
                }
                else
                {
                    if (step.Focus is string focus)
                    {
                        tuple.Set(focus, values[b]);
                        tuple.Set(JsonAtaTuple.ContextKey, source.Context);
                    }
                    else
                    {
                        tuple.Set(JsonAtaTuple.ContextKey, values[b]);
                    }

                    if (step.IndexVariable is string index)
                    {
                        tuple.Set(index, (double)b);
                    }

                    if (step.Ancestor is JsonAtaAncestorSlot ancestor)
                    {
                        tuple.Set(ancestor.Label, source.Context);
                    }
                }

                stream.Add(tuple);
            }
        }

        return step.Stages.Count > 0 ? AsTupleStream(Stages(step.Stages, stream, frame)) : stream;
    }

    private static JsonAtaSequence AsTupleStream(object? value)
    {
        JsonAtaSequence list = value as JsonAtaSequence ?? new JsonAtaSequence();
        list.IsTupleStream = true;
        return list;
    }

    /// <summary>A filter <c>[...]</c>: a number selects by position (negative from the end), anything else keeps the truthy items.</summary>
    private object? Filter(JsonAtaNode predicate, object? input, JsonAtaFrame frame)
    {
        JsonAtaSequence results = JsonAtaSequence.Create();
        bool tupleStream = input is JsonAtaSequence { IsTupleStream: true };
        if (tupleStream)
        {
            results.IsTupleStream = true;
        }

        JsonAtaSequence items = input as JsonAtaSequence ?? JsonAtaSequence.Of(input);
        if (predicate is JsonAtaNumberNode number)
        {
            double position = Math.Floor(number.Value);
            if (position < 0)
            {
                position = items.Count + position;
            }

            object? item = position >= 0 && position < items.Count ? items[(int)position] : null;
            if (item is JsonAtaSequence array)
            {
                return array;
            }

            if (item is not null)
            {
                results.Add(item);
            }

            return results;
        }

        for (int index = 0; index < items.Count; index++)
        {
            object? item = items[index];
            object? context = item;
            JsonAtaFrame scope = frame;
            if (tupleStream && item is JsonAtaTuple tuple)
            {
                context = tuple.Context;
                scope = tuple.ToFrame(frame);
            }

            object? value = Evaluate(predicate, context, scope);
            if (JsonAtaValues.IsNumber(value))
            {
                value = JsonAtaSequence.Of(value);
            }

            if (JsonAtaValues.IsArrayOfNumbers(value))
            {
                foreach (object? n in (JsonAtaSequence)value!)
                {
                    double i = Math.Floor((double)n!);
                    if (i < 0)
                    {
                        i = items.Count + i;
                    }

                    if (i == index)
                    {
                        results.Add(item);
                    }
                }
            }
            else if (JsonAtaValues.Truthy(value) == true)
            {
                results.Add(item);
            }
        }

        return results;
    }

    /// <summary>Order-by <c>^(...)</c>: the reference's stable merge sort with its comparison of terms.</summary>
    private object? Sort(JsonAtaSortNode sort, JsonAtaSequence input, JsonAtaFrame frame)
    {
        bool tupleSort = input.IsTupleStream;
        if (input.Count <= 1)
        {
            return input;
        }

        // Each item's term values are evaluated once, when first compared; the merge sort then orders positions.
        var keys = new object?[input.Count][];
        var positions = new List<object?>(input.Count);
        for (int i = 0; i < input.Count; i++)
        {
            positions.Add(i);
        }

        List<object?> order = JsonAtaCollectionFunctions.MergeSort(positions, (a, b) => Compare((int)a!, (int)b!) == 1);
        var result = new JsonAtaSequence(order.Count);
        foreach (object? position in order)
        {
            result.Add(input[(int)position!]);
        }

        return result;

        int Compare(int a, int b)
        {
            int comp = 0;
            for (int index = 0; comp == 0 && index < sort.Terms.Count; index++)
            {
                JsonAtaSortTerm term = sort.Terms[index];
                object? aa = Key(a, index);
                object? bb = Key(b, index);
                if (aa is null)
                {
                    comp = bb is null ? 0 : 1;
                    continue;
                }

                if (bb is null)
                {
                    comp = -1;
                    continue;
                }

                bool aComparable = aa is string || aa is double;
                bool bComparable = bb is string || bb is double;
                if (!aComparable || !bComparable)
                {
                    throw new JsonAtaException("T2008", "The expressions of an order-by clause must evaluate to numbers or strings", sort.Start);
                }

                if (aa.GetType() != bb.GetType())
                {
                    throw new JsonAtaException("T2007", "An order-by clause compares values of different types: " + Describe(aa) + " and " + Describe(bb), sort.Start);
                }

                int order = aa is string sa ? Math.Sign(string.CompareOrdinal(sa, (string)bb)) : ((double)aa).CompareTo((double)bb);
                if (aa is double da && double.IsNaN(da))
                {
                    order = 1;
                }

                if (order == 0)
                {
                    continue;
                }

                comp = order < 0 ? -1 : 1;
                if (term.Descending)
                {
                    comp = -comp;
                }
            }

            return comp;
        }

        object? Key(int position, int term)
        {
            object?[] values = keys[position] ??= new object?[sort.Terms.Count + 1];
            if (values[sort.Terms.Count] is not bool[] known)
            {
                values[sort.Terms.Count] = known = new bool[sort.Terms.Count];
            }

            if (!known[term])
            {
                values[term] = TermValue(sort.Terms[term], input[position]);
                known[term] = true;
            }

            return values[term];
        }

        object? TermValue(JsonAtaSortTerm term, object? item)
        {
            if (tupleSort && item is JsonAtaTuple tuple)
            {
                return Evaluate(term.Expression, tuple.Context, tuple.ToFrame(frame));
            }

            return Evaluate(term.Expression, item, frame);
        }
    }

    /// <summary>An object constructor or group-by: each item's key (a string) groups it; each group's value is evaluated over the group.</summary>
    private object? Group(IReadOnlyList<JsonAtaPair> pairs, int position, object? input, JsonAtaFrame frame)
    {
        var result = new JsonAtaObject();
        var groups = new JsonAtaObject();
        bool reduce = input is JsonAtaSequence { IsTupleStream: true };
        var items = new List<object?>();
        if (input is JsonAtaSequence list)
        {
            items.AddRange(list);
        }
        else
        {
            items.Add(input);
        }

        if (items.Count == 0 && !reduce)
        {
            items.Add(null);
        }

        foreach (object? item in items)
        {
            JsonAtaFrame scope = reduce && item is JsonAtaTuple t ? t.ToFrame(frame) : frame;
            object? context = reduce && item is JsonAtaTuple t2 ? t2.Context : item;
            for (int pairIndex = 0; pairIndex < pairs.Count; pairIndex++)
            {
                object? key = Evaluate(pairs[pairIndex].Key, context, scope);
                if (key is null)
                {
                    continue;
                }

                if (key is not string name)
                {
                    throw new JsonAtaException("T1003", "A key of an object constructor must evaluate to a string; it was " + Describe(key), position);
                }

                if (name is "_jsonata_lambda" or "_jsonata_function")
                {
                    // The reference marks its function values with these two keys and refuses them in data.
                    throw new JsonAtaException("D1013", "The object key " + name + " is reserved by the reference implementation", position);
                }

                if (groups.Get(name) is GroupEntry entry)
                {
                    if (entry.PairIndex != pairIndex)
                    {
                        throw new JsonAtaException("D1009", "Two key expressions of an object constructor give the same key: " + name, position);
                    }

                    entry.Append(item);
                }
                else
                {
                    groups.Set(name, new GroupEntry(item, pairIndex));
                }
            }
        }

        foreach (string key in groups.Keys)
        {
            var entry = (GroupEntry)groups.Get(key)!;
            object? context = entry.Data;
            JsonAtaFrame scope = frame;
            if (reduce)
            {
                JsonAtaTuple tuple = ReduceTupleStream(entry.Data);
                context = tuple.Context;
                tuple.Remove(JsonAtaTuple.ContextKey);
                scope = tuple.ToFrame(frame);
            }

            object? value = Evaluate(pairs[entry.PairIndex].Value, context, scope);
            if (value is not null)
            {
                result.Set(key, value);
            }
        }

        return result;
    }

    private static JsonAtaTuple ReduceTupleStream(object? stream)
    {
        if (stream is JsonAtaTuple single)
        {
            return single.Copy();
        }

        var list = (JsonAtaSequence)stream!;
        JsonAtaTuple result = ((JsonAtaTuple)list[0]!).Copy();
        for (int i = 1; i < list.Count; i++)
        {
            foreach (KeyValuePair<string, object?> pair in ((JsonAtaTuple)list[i]!).Bindings)
            {
                result.Set(pair.Key, JsonAtaCollectionFunctions.Append(result.Get(pair.Key), pair.Value));
            }
        }

        return result;
    }

    private object? ArrayConstructor(JsonAtaArrayNode array, object? input, JsonAtaFrame frame)
    {
        object? result = new JsonAtaSequence();
        foreach (JsonAtaNode item in array.Items)
        {
            object? value = Evaluate(item, input, frame);
            if (value is null)
            {
                continue;
            }

            if (item.Kind == JsonAtaNodeKind.Array)
            {
                ((JsonAtaSequence)result!).Add(value);
            }
            else
            {
                result = JsonAtaCollectionFunctions.Append(result, value);
            }
        }

        var constructed = (JsonAtaSequence)result!;
        if (array.ConsArray)
        {
            constructed.IsConstructed = true;
        }

        return constructed;
    }

    private static object? Wildcard(object? input)
    {
        object? results = JsonAtaSequence.Create();
        if (input is JsonAtaSequence { IsOuterWrapper: true } wrapper && wrapper.Count > 0)
        {
            input = wrapper[0];
        }

        // JavaScript's Object.keys also lists an array's indexes, so the wildcard of an array is its items.
        IReadOnlyList<object?>? values = input switch
        {
            JsonAtaObject o => ValuesOf(o),
            JsonAtaSequence array => array,
            _ => null,
        };
        if (values != null)
        {
            foreach (object? value in values)
            {
                if (value is JsonAtaSequence array)
                {
                    var flat = new JsonAtaSequence();
                    Flatten(array, flat);
                    results = JsonAtaCollectionFunctions.Append(results, flat);
                }
                else
                {
                    ((JsonAtaSequence)results!).Add(value);
                }
            }
        }

        return results;
    }

    private static List<object?> ValuesOf(JsonAtaObject obj)
    {
        var values = new List<object?>(obj.Count);
        foreach (string key in obj.Keys)
        {
            values.Add(obj.Get(key));
        }

        return values;
    }

    private static void Flatten(object? value, JsonAtaSequence into)
    {
        if (value is JsonAtaSequence array)
        {
            foreach (object? item in array)
            {
                Flatten(item, into);
            }
        }
        else
        {
            into.Add(value);
        }
    }

    private static void Descendants(object? input, JsonAtaSequence results)
    {
        if (input is JsonAtaSequence array)
        {
            foreach (object? item in array)
            {
                Descendants(item, results);
            }

            return;
        }

        results.Add(input);
        if (input is JsonAtaObject obj)
        {
            foreach (string key in obj.Keys)
            {
                Descendants(obj.Get(key), results);
            }
        }
    }

    private object? ApplyOperator(JsonAtaApplyNode apply, object? input, JsonAtaFrame frame)
    {
        object? left = Evaluate(apply.Left, input, frame);
        if (apply.Right is JsonAtaCallNode { IsPartial: false } call)
        {
            return Call(call, input, frame, left, hasApplyTo: true);
        }

        object? function = Evaluate(apply.Right, input, frame);
        if (function is not JsonAtaFunction f)
        {
            throw new JsonAtaException("T2006", "The right side of the ~> operator must be a function", apply.Start, "~>");
        }

        if (left is JsonAtaFunction g)
        {
            return new JsonAtaComposedFunction(g, f);
        }

        return Apply(f, new[] { left }, null, frame);
    }

    private object? Call(JsonAtaCallNode call, object? input, JsonAtaFrame frame, object? applyTo, bool hasApplyTo)
    {
        object? procedure = Evaluate(call.Procedure, input, frame);
        string? name = ProcedureName(call.Procedure);
        if (procedure is null && call.Procedure is JsonAtaPathNode path && path.Steps[0] is JsonAtaNameNode first && frame.Lookup(first.Name) is not null)
        {
            throw new JsonAtaException("T1005", "Attempted to call a value that is not a function; did you mean $" + first.Name + "?", call.Start, first.Name);
        }

        if (procedure is null && StepFunctionsFunctions && call.Procedure is JsonAtaVariableNode variable
            && JsonAtaFunctions.StepFunctionsRefusal(variable.Name) is string refusal)
        {
            throw new JsonAtaException("T1006", "$" + variable.Name + " is not a function here: " + refusal, call.Start, variable.Name);
        }

        var arguments = new object?[call.Arguments.Count + (hasApplyTo ? 1 : 0)];
        int a = 0;
        if (hasApplyTo)
        {
            arguments[a++] = applyTo;
        }

        foreach (JsonAtaNode argument in call.Arguments)
        {
            arguments[a++] = Evaluate(argument, input, frame);
        }

        try
        {
            return Apply(procedure, arguments, input, frame);
        }
        catch (JsonAtaException e) when (e.Position < 0 || e.Token is null)
        {
            throw new JsonAtaException(e.Code, e.Message, e.Position >= 0 ? e.Position : call.Start, e.Token ?? name);
        }
    }

    private static string? ProcedureName(JsonAtaNode procedure) => procedure switch
    {
        JsonAtaVariableNode v => v.Name,
        JsonAtaPathNode p when p.Steps[0] is JsonAtaNameNode n => n.Name,
        _ => null,
    };

    /// <summary>
    /// Calls a function value with arguments (validated against its signature, the context value filling in a
    /// missing <c>-</c> argument) and runs the tail calls it returns until a value comes back.
    /// </summary>
    public object? Apply(object? procedure, object?[] arguments, object? input, JsonAtaFrame frame)
    {
        object? result = ApplyInner(procedure, arguments, input, frame);
        while (result is JsonAtaLambda { IsThunk: true, Body: JsonAtaCallNode tail } thunk)
        {
            object? next = Evaluate(tail.Procedure, thunk.Input, thunk.Frame);
            var nextArguments = new object?[tail.Arguments.Count];
            for (int i = 0; i < nextArguments.Length; i++)
            {
                nextArguments[i] = Evaluate(tail.Arguments[i], thunk.Input, thunk.Frame);
            }

            result = ApplyInner(next, nextArguments, input, frame);
        }

        return result;
    }

    private object? ApplyInner(object? procedure, object?[] arguments, object? input, JsonAtaFrame frame)
    {
        if (procedure is not JsonAtaFunction function)
        {
            throw new JsonAtaException("T1006", "Attempted to call a value that is not a function");
        }

        object?[] validated = function.Signature is JsonAtaArgumentValidator signature ? signature.Validate(arguments, input) : arguments;
        return function.Invoke(new JsonAtaCall(this, input, frame), validated);
    }

    private object? PartialApplication(JsonAtaCallNode call, object? input, JsonAtaFrame frame)
    {
        var arguments = new object?[call.Arguments.Count];
        var placeholder = new bool[call.Arguments.Count];
        for (int i = 0; i < arguments.Length; i++)
        {
            if (call.Arguments[i].Kind == JsonAtaNodeKind.Placeholder)
            {
                placeholder[i] = true;
            }
            else
            {
                arguments[i] = Evaluate(call.Arguments[i], input, frame);
            }
        }

        object? procedure = Evaluate(call.Procedure, input, frame);
        if (procedure is null && call.Procedure is JsonAtaPathNode path && path.Steps[0] is JsonAtaNameNode first && frame.Lookup(first.Name) is not null)
        {
            throw new JsonAtaException("T1007", "Attempted to partially apply a value that is not a function; did you mean $" + first.Name + "?", call.Start, first.Name);
        }

        switch (procedure)
        {
            case JsonAtaLambda lambda:
                {
                    var scope = new JsonAtaFrame(lambda.Frame);
                    var unbound = new List<string>();
                    for (int i = 0; i < lambda.Parameters.Count; i++)
                    {
                        if (i < placeholder.Length && placeholder[i])
                        {
                            unbound.Add(lambda.Parameters[i]);
                        }
                        else
                        {
                            scope.Bind(lambda.Parameters[i], i < arguments.Length ? arguments[i] : null);
                        }
                    }

                    return new JsonAtaLambda(lambda.Body, unbound, null, lambda.Input, scope, isThunk: false);
                }

            case JsonAtaNativeFunction { Name: "string" }:
                // The reference rebuilds a built-in's parameter list from its JavaScript source, and $string's
                // (arg, prettify = false) does not read back as a JSONata parameter list: its partial application
                // fails with that parse error.
                throw new JsonAtaException("S0208", "$string cannot be partially applied (its second parameter has a default value)", call.Start, "=");
            case JsonAtaFunction function:
                {
                    int count = function.Arity;
                    var bound = new object?[count];
                    var holes = new bool[count];
                    for (int i = 0; i < count; i++)
                    {
                        bound[i] = i < arguments.Length ? arguments[i] : null;
                        holes[i] = i < placeholder.Length && placeholder[i];
                    }

                    return new JsonAtaPartialFunction(function, bound, holes);
                }

            default:
                throw new JsonAtaException("T1008", "Attempted to partially apply a value that is not a function", call.Start, ProcedureName(call.Procedure));
        }
    }

    /// <summary>A short text of a value for an error message.</summary>
    internal static string Describe(object? value)
    {
        if (value is null)
        {
            return "undefined";
        }

        try
        {
            string text = value is string s ? "\"" + s + "\"" : JsonAtaValues.ToJsonAtaString(value) ?? "undefined";
            return text.Length > 60 ? text.Substring(0, 57) + "..." : text;
        }
        catch (JsonAtaException)
        {
            return value is double d ? JsonAtaValues.NumberToString(d) : "a value";
        }
    }

    /// <summary>Thrown on the caller's thread when the evaluation needs more depth than <see cref="CallerThreadDepth"/>.</summary>
    internal sealed class NeedsLargeStackException : Exception
    {
    }

    private sealed class GroupEntry
    {
        private JsonAtaSequence? _owned;

        public GroupEntry(object? data, int pairIndex)
        {
            Data = data;
            PairIndex = pairIndex;
        }

        public object? Data { get; private set; }

        public int PairIndex { get; }

        /// <summary>
        /// <c>$append(Data, item)</c> as the reference does it for a group, but into one array the entry owns instead
        /// of a new copy per item (the same value, without the quadratic copying).
        /// </summary>
        public void Append(object? item)
        {
            if (item is null)
            {
                return;
            }

            if (_owned is null)
            {
                if (Data is null)
                {
                    Data = item;
                    return;
                }

                _owned = new JsonAtaSequence();
                if (Data is JsonAtaSequence first)
                {
                    _owned.AddRange(first);
                }
                else
                {
                    _owned.Add(Data);
                }

                Data = _owned;
            }

            if (item is JsonAtaSequence items)
            {
                _owned.AddRange(items);
            }
            else
            {
                _owned.Add(item);
            }
        }
    }
}
