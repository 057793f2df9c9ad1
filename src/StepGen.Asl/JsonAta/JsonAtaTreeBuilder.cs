using System.Collections.Generic;
using System.Globalization;

namespace StepGen.Asl.JsonAta;

/// <summary>
/// The second stage of <see cref="JsonAtaParser"/>: turns the raw syntax tree into the processed tree the evaluator
/// reads (see the overview in JsonAtaNodes.cs), as jsonata 2.2.2's post-parse pass does, and reports the errors
/// found there: S0207 (operand missing at the end), S0209, S0210, S0213, S0215, S0216, S0217.
/// </summary>
/// <remarks>
/// The order in which subtrees are processed follows the reference's, so that when an expression has several faults
/// the one reported is the reference's. Recursion is bounded by the raw tree's height, which the parser limits.
/// </remarks>
internal sealed class JsonAtaTreeBuilder
{
    private int _nextLabel;
    private int _depth;

    /// <summary>Processes <paramref name="raw"/>.</summary>
    /// <exception cref="JsonAtaParseException">On the first error.</exception>
    public static JsonAtaNode Build(JsonAtaRawNode raw)
    {
        var builder = new JsonAtaTreeBuilder();
        JsonAtaNode root = builder.Process(raw);
        if (root is JsonAtaParentNode parent)
        {
            throw new JsonAtaParseException("S0217", "'%' at the top level has no parent step to refer to.", parent.Start, parent.End);
        }

        if (root.SeekingList is not null)
        {
            JsonAtaAncestorSlot? slot = root.SeekingList.Count > 0 ? root.SeekingList[0] : null;
            throw new JsonAtaParseException(
                "S0217", "The parent of '%' cannot be found in this expression.", slot?.Start ?? root.Start, slot?.End ?? root.End);
        }

        return root;
    }

    private JsonAtaNode Process(JsonAtaRawNode e)
    {
        if (++_depth > JsonAtaParser.MaxDepth * 2)
        {
            throw new JsonAtaParseException(JsonAtaSyntaxError.TooDeepCode, "The expression is nested too deeply.", e.Start, e.End);
        }

        JsonAtaNode result = ProcessKind(e);
        if (e.KeepArray)
        {
            result.KeepArray = true;
        }

        _depth--;
        return result;
    }

    private JsonAtaNode ProcessKind(JsonAtaRawNode e)
    {
        // Only dispatch here: this frame is on the stack once per nesting level, so it holds no locals.
        switch (e.Kind)
        {
            case JsonAtaRawKind.Binary:
                return e.Operator == "." ? Path(e) : ProcessBinary(e);
            case JsonAtaRawKind.Predicate:
                return Predicate(e);
            case JsonAtaRawKind.Group:
                return ProcessGroup(e);
            case JsonAtaRawKind.Sort:
                return Sort(e);
            case JsonAtaRawKind.Bind:
                return ProcessBind(e);
            case JsonAtaRawKind.Focus:
                return Focus(e);
            case JsonAtaRawKind.Index:
                return Index(e);
            case JsonAtaRawKind.Negate:
                return ProcessNegate(e);
            case JsonAtaRawKind.Array:
                return ProcessArray(e);
            case JsonAtaRawKind.Object:
                return ProcessObject(e);
            case JsonAtaRawKind.Call:
                return Call(e);
            case JsonAtaRawKind.Lambda:
                return ProcessLambda(e);
            case JsonAtaRawKind.Condition:
                return Condition(e, Process(e.Left!), e.Then!, JsonAtaConditionForm.Conditional);
            case JsonAtaRawKind.Elvis:
                return Condition(e, Process(e.Left!), e.Left!, JsonAtaConditionForm.Elvis);
            case JsonAtaRawKind.Coalesce:
                return ProcessCoalesce(e);
            case JsonAtaRawKind.Transform:
                return ProcessTransform(e);
            case JsonAtaRawKind.Block:
                return ProcessBlock(e);
            case JsonAtaRawKind.Name:
            case JsonAtaRawKind.Word:
                return ProcessName(e);
            case JsonAtaRawKind.Parent:
                return ProcessParent(e);
            case JsonAtaRawKind.String:
                return new JsonAtaStringNode(e.Start, e.End, e.Text);
            case JsonAtaRawKind.Number:
                return new JsonAtaNumberNode(e.Start, e.End, e.Number);
            case JsonAtaRawKind.Constant:
                return ProcessConstant(e);
            case JsonAtaRawKind.Regex:
                return new JsonAtaRegexNode(e.Start, e.End, e.Text, e.Flags ?? "");
            case JsonAtaRawKind.Variable:
                return new JsonAtaVariableNode(e.Start, e.End, e.Text);
            case JsonAtaRawKind.Wildcard:
                return new JsonAtaWildcardNode(e.Start, e.End);
            case JsonAtaRawKind.Descendant:
                return new JsonAtaDescendantNode(e.Start, e.End);
            case JsonAtaRawKind.Placeholder:
                return new JsonAtaPlaceholderNode(e.Start, e.End);
            default:
                return ProcessEnd(e);
        }
    }

    private JsonAtaNode ProcessBinary(JsonAtaRawNode e)
    {
        JsonAtaNode left = Process(e.Left!);
        JsonAtaNode right = Process(e.Right!);
        if (e.Operator == "~>")
        {
            return new JsonAtaApplyNode(e.Start, e.End, left, right) { KeepArray = left.KeepArray || right.KeepArray };
        }

        var binary = new JsonAtaBinaryNode(e.Start, e.End, e.Operator, left, right);
        PushAncestry(binary, left);
        PushAncestry(binary, right);
        return binary;
    }

    private JsonAtaNode ProcessGroup(JsonAtaRawNode e)
    {
        JsonAtaNode grouped = Process(e.Left!);
        if (grouped.Group is not null)
        {
            throw new JsonAtaParseException("S0210", "A step can have only one group-by {...}; this is the second.", e.OperatorStart, e.OperatorEnd);
        }

        grouped.Group = new JsonAtaGroup(e.OperatorStart, e.End, Pairs(e.Items!, null));
        return grouped;
    }

    private JsonAtaNode ProcessBind(JsonAtaRawNode e)
    {
        var variable = (JsonAtaVariableNode)Process(e.Left!);
        JsonAtaNode value = Process(e.Right!);
        var bind = new JsonAtaBindNode(e.Start, e.End, variable, value);
        PushAncestry(bind, value);
        return bind;
    }

    private JsonAtaNode ProcessNegate(JsonAtaRawNode e)
    {
        JsonAtaNode operand = Process(e.Left!);
        if (operand is JsonAtaNumberNode number)
        {
            var folded = new JsonAtaNumberNode(e.Start, e.End, -number.Value);
            folded.CopyAnnotationsFrom(number);
            return folded;
        }

        var negation = new JsonAtaNegationNode(e.Start, e.End, operand);
        PushAncestry(negation, operand);
        return negation;
    }

    private JsonAtaNode ProcessArray(JsonAtaRawNode e)
    {
        var items = new List<JsonAtaNode>(e.Items!.Count);
        var array = new JsonAtaArrayNode(e.Start, e.End, items);
        foreach (JsonAtaRawNode item in e.Items)
        {
            JsonAtaNode processed = Process(item);
            PushAncestry(array, processed);
            items.Add(processed);
        }

        return array;
    }

    private JsonAtaNode ProcessObject(JsonAtaRawNode e)
    {
        var pairs = new List<JsonAtaPair>();
        var obj = new JsonAtaObjectNode(e.Start, e.End, pairs);
        pairs.AddRange(Pairs(e.Items!, obj));
        return obj;
    }

    private JsonAtaNode ProcessLambda(JsonAtaRawNode e)
    {
        var parameters = new List<JsonAtaVariableNode>();
        foreach (JsonAtaRawNode parameter in e.Items!)
        {
            parameters.Add(new JsonAtaVariableNode(parameter.Start, parameter.End, parameter.Text));
        }

        JsonAtaNode body = TailCall(Process(e.Right!));
        return new JsonAtaLambdaNode(e.Start, e.End, parameters, e.Signature, body, false);
    }

    private JsonAtaNode ProcessCoalesce(JsonAtaRawNode e)
    {
        JsonAtaNode tested = Process(e.Left!);
        var exists = new JsonAtaCallNode(
            e.Left!.Start,
            e.Left.End,
            new JsonAtaVariableNode(e.OperatorStart, e.OperatorEnd, "exists"),
            new List<JsonAtaNode> { tested },
            false)
        { ArgumentsStart = e.Left.Start, IsImplicit = true };
        PushAncestry(exists, tested);
        return Condition(e, exists, e.Left, JsonAtaConditionForm.Coalesce);
    }

    private JsonAtaNode ProcessTransform(JsonAtaRawNode e)
    {
        JsonAtaNode pattern = Process(e.Left!);
        JsonAtaNode update = Process(e.Right!);
        JsonAtaNode? delete = e.Else is null ? null : Process(e.Else);
        return new JsonAtaTransformNode(e.Start, e.End, pattern, update, delete);
    }

    private JsonAtaNode ProcessBlock(JsonAtaRawNode e)
    {
        var expressions = new List<JsonAtaNode>(e.Items!.Count);
        var block = new JsonAtaBlockNode(e.Start, e.End, expressions);
        foreach (JsonAtaRawNode item in e.Items)
        {
            JsonAtaNode part = Process(item);
            PushAncestry(block, part);
            if (part.ConsArray || (part is JsonAtaPathNode partPath && partPath.StepList[0].ConsArray))
            {
                block.ConsArray = true;
            }

            expressions.Add(part);
        }

        return block;
    }

    private JsonAtaNode ProcessName(JsonAtaRawNode e)
    {
        var name = new JsonAtaNameNode(e.Start, e.End, e.Text) { KeepArray = e.KeepArray };
        return new JsonAtaPathNode(e.Start, e.End, new List<JsonAtaNode> { name }) { KeepSingletonArray = e.KeepArray };
    }

    private JsonAtaNode ProcessParent(JsonAtaRawNode e)
    {
        var slot = new JsonAtaAncestorSlot("!" + _nextLabel.ToString(CultureInfo.InvariantCulture), 1, _nextLabel, e.Start, e.End);
        _nextLabel++;
        return new JsonAtaParentNode(e.Start, e.End, slot);
    }

    private JsonAtaNode ProcessConstant(JsonAtaRawNode e)
    {
        return new JsonAtaConstantNode(
            e.Start, e.End, e.Text == "true" ? JsonAtaConstant.True : e.Text == "false" ? JsonAtaConstant.False : JsonAtaConstant.Null);
    }

    private JsonAtaNode ProcessEnd(JsonAtaRawNode e)
    {
        throw new JsonAtaParseException("S0207", "The expression ends where an operand is expected.", e.Start, e.End);
    }

    private List<JsonAtaPair> Pairs(List<JsonAtaRawNode> items, JsonAtaNode? ancestryTarget)
    {
        var pairs = new List<JsonAtaPair>(items.Count / 2);
        for (int i = 0; i + 1 < items.Count; i += 2)
        {
            JsonAtaNode key = Process(items[i]);
            if (ancestryTarget is not null)
            {
                PushAncestry(ancestryTarget, key);
            }

            JsonAtaNode value = Process(items[i + 1]);
            if (ancestryTarget is not null)
            {
                PushAncestry(ancestryTarget, value);
            }

            pairs.Add(new JsonAtaPair(key, value));
        }

        return pairs;
    }

    private JsonAtaNode Condition(JsonAtaRawNode e, JsonAtaNode condition, JsonAtaRawNode then, JsonAtaConditionForm form)
    {
        var result = new JsonAtaConditionNode(e.Start, e.End, condition, condition, null, form);
        PushAncestry(result, condition);
        result.Then = Process(then);
        PushAncestry(result, result.Then);
        if (e.Else is not null)
        {
            result.Else = Process(e.Else);
            PushAncestry(result, result.Else);
        }

        return result;
    }

    private JsonAtaNode Call(JsonAtaRawNode e)
    {
        // The reference processes the arguments before the procedure.
        var arguments = new List<JsonAtaNode>(e.Items!.Count);
        var call = new JsonAtaCallNode(e.Start, e.End, null!, arguments, e.IsPartial) { ArgumentsStart = e.OperatorStart };
        foreach (JsonAtaRawNode argument in e.Items)
        {
            JsonAtaNode processed = Process(argument);
            PushAncestry(call, processed);
            arguments.Add(processed);
        }

        call.Procedure = Process(e.Left!);
        return call;
    }

    /// <summary>
    /// A chain <c>a.b.c</c> is a left-deep tree of <c>.</c> nodes; it is walked down its left spine without
    /// recursion (same order as the recursion: the leftmost operand first, then each level's right operand and checks),
    /// so that a long path costs no stack.
    /// </summary>
    private JsonAtaNode Path(JsonAtaRawNode e)
    {
        var spine = new List<JsonAtaRawNode>();
        JsonAtaRawNode node = e;
        while (node.Kind == JsonAtaRawKind.Binary && node.Operator == ".")
        {
            spine.Add(node);
            node = node.Left!;
        }

        JsonAtaNode current = Process(node);
        for (int i = spine.Count - 1; i >= 0; i--)
        {
            current = PathLevel(spine[i], current);
            if (i > 0 && spine[i].KeepArray)
            {
                current.KeepArray = true;
            }
        }

        return current;
    }

    private JsonAtaNode PathLevel(JsonAtaRawNode e, JsonAtaNode first)
    {
        JsonAtaPathNode path = first as JsonAtaPathNode ?? new JsonAtaPathNode(e.Start, e.End, new List<JsonAtaNode> { first });
        if (first is JsonAtaParentNode parent)
        {
            path.SeekingList = new List<JsonAtaAncestorSlot> { parent.Slot };
        }

        JsonAtaNode rest = Process(e.Right!);
        if (rest is JsonAtaPathNode restPath)
        {
            path.StepList.AddRange(restPath.StepList);
        }
        else
        {
            if (rest.PredicateList is not null)
            {
                rest.StageList = rest.PredicateList;
                rest.PredicateList = null;
            }

            path.StepList.Add(rest);
        }

        List<JsonAtaNode> steps = path.StepList;
        for (int i = 0; i < steps.Count; i++)
        {
            if (steps[i] is JsonAtaNumberNode || steps[i] is JsonAtaConstantNode)
            {
                throw new JsonAtaParseException(
                    "S0213", "A literal number, true, false or null cannot be a step of a path.", steps[i].Start, steps[i].End);
            }
        }

        bool keep = false;
        for (int i = 0; i < steps.Count; i++)
        {
            if (steps[i] is JsonAtaStringNode text)
            {
                var name = new JsonAtaNameNode(text.Start, text.End, text.Value);
                name.CopyAnnotationsFrom(text);
                steps[i] = name;
            }

            keep |= steps[i].KeepArray;
        }

        if (keep)
        {
            path.KeepSingletonArray = true;
        }

        if (steps[0] is JsonAtaArrayNode)
        {
            steps[0].ConsArray = true;
        }

        if (steps[steps.Count - 1] is JsonAtaArrayNode)
        {
            steps[steps.Count - 1].ConsArray = true;
        }

        path.Start = e.Start;
        path.End = e.End;
        ResolveAncestry(path);
        return path;
    }

    private JsonAtaNode Predicate(JsonAtaRawNode e)
    {
        JsonAtaNode result = Process(e.Left!);
        JsonAtaNode step = result;
        bool isStage = false;
        if (result is JsonAtaPathNode path)
        {
            step = path.StepList[path.StepList.Count - 1];
            isStage = true;
            path.End = e.End;
        }

        if (step.Group is not null)
        {
            throw new JsonAtaParseException("S0209", "A filter [...] cannot follow a group-by {...} on the same step.", e.OperatorStart, e.OperatorEnd);
        }

        List<JsonAtaStage> stages = isStage ? (step.StageList ??= new List<JsonAtaStage>()) : (step.PredicateList ??= new List<JsonAtaStage>());
        JsonAtaNode filter = Process(e.Right!);
        if (filter.SeekingList is not null)
        {
            List<JsonAtaAncestorSlot> seeking = filter.SeekingList;
            int count = seeking.Count;
            for (int i = 0; i < count && i < seeking.Count; i++)
            {
                JsonAtaAncestorSlot slot = seeking[i];
                if (slot.Level == 1)
                {
                    SeekParent(step, slot);
                }
                else
                {
                    slot.Level--;
                }
            }

            PushAncestry(step, filter);
        }

        stages.Add(new JsonAtaStage(e.OperatorStart, e.End, filter, null));
        return result;
    }

    private JsonAtaNode Sort(JsonAtaRawNode e)
    {
        JsonAtaNode result = Process(e.Left!);
        JsonAtaPathNode path = result as JsonAtaPathNode ?? new JsonAtaPathNode(result.Start, e.End, new List<JsonAtaNode> { result });
        var terms = new List<JsonAtaSortTerm>();
        var sort = new JsonAtaSortNode(e.OperatorStart, e.End, terms);
        for (int i = 0; i < e.Items!.Count; i++)
        {
            JsonAtaNode expression = Process(e.Items[i]);
            PushAncestry(sort, expression);
            terms.Add(new JsonAtaSortTerm(e.Descending![i], expression));
        }

        path.StepList.Add(sort);
        path.End = e.End;
        ResolveAncestry(path);
        return path;
    }

    private JsonAtaNode Focus(JsonAtaRawNode e)
    {
        JsonAtaNode result = Process(e.Left!);
        JsonAtaNode step = result is JsonAtaPathNode path ? path.StepList[path.StepList.Count - 1] : result;
        if (step.StageList is not null || step.PredicateList is not null)
        {
            throw new JsonAtaParseException(
                "S0215", "A focus binding @$" + e.Right!.Text + " must come before any filter [...] on the step.", e.OperatorStart, e.Right.End);
        }

        if (step is JsonAtaSortNode)
        {
            throw new JsonAtaParseException(
                "S0216", "A focus binding @$" + e.Right!.Text + " must come before the order-by ^(...) on the step.", e.OperatorStart, e.Right.End);
        }

        if (e.KeepArray)
        {
            step.KeepArray = true;
        }

        step.Focus = e.Right!.Text;
        step.Tuple = true;
        if (result is JsonAtaPathNode extended)
        {
            extended.End = e.End;
        }

        return result;
    }

    private JsonAtaNode Index(JsonAtaRawNode e)
    {
        JsonAtaNode result = Process(e.Left!);
        JsonAtaNode step = result;
        if (result is JsonAtaPathNode path)
        {
            step = path.StepList[path.StepList.Count - 1];
            path.End = e.End;
        }
        else
        {
            result = new JsonAtaPathNode(e.Start, e.End, new List<JsonAtaNode> { step });
            if (step.PredicateList is not null)
            {
                step.StageList = step.PredicateList;
                step.PredicateList = null;
            }
        }

        if (step.StageList is null)
        {
            step.IndexVariable = e.Right!.Text;
        }
        else
        {
            step.StageList.Add(new JsonAtaStage(e.OperatorStart, e.End, null, e.Right!.Text));
        }

        step.Tuple = true;
        return result;
    }

    private static void PushAncestry(JsonAtaNode result, JsonAtaNode value)
    {
        if (value.SeekingList is null && value is not JsonAtaParentNode)
        {
            return;
        }

        List<JsonAtaAncestorSlot> slots = value.SeekingList ?? new List<JsonAtaAncestorSlot>();
        if (value is JsonAtaParentNode parent)
        {
            slots.Add(parent.Slot);
        }

        if (result.SeekingList is null)
        {
            result.SeekingList = slots;
        }
        else
        {
            result.SeekingList.AddRange(slots.ToArray());
        }
    }

    private JsonAtaAncestorSlot SeekParent(JsonAtaNode node, JsonAtaAncestorSlot slot)
    {
        if (++_depth > JsonAtaParser.MaxDepth * 2)
        {
            throw new JsonAtaParseException(JsonAtaSyntaxError.TooDeepCode, "The expression is nested too deeply.", node.Start, node.End);
        }

        switch (node)
        {
            case JsonAtaNameNode:
            case JsonAtaWildcardNode:
                slot.Level--;
                if (slot.Level == 0)
                {
                    if (node.Ancestor is not null)
                    {
                        slot.Label = node.Ancestor.Label;
                    }

                    node.Ancestor = slot;
                    node.Tuple = true;
                }

                break;
            case JsonAtaParentNode:
                slot.Level++;
                break;
            case JsonAtaBlockNode block:
                if (block.Expressions.Count > 0)
                {
                    block.Tuple = true;
                    slot = SeekParent(block.Expressions[block.Expressions.Count - 1], slot);
                }

                break;
            case JsonAtaPathNode path:
                path.Tuple = true;
                int index = path.StepList.Count - 1;
                slot = SeekParent(path.StepList[index--], slot);
                while (slot.Level > 0 && index >= 0)
                {
                    slot = SeekParent(path.StepList[index--], slot);
                }

                break;
            default:
                throw new JsonAtaParseException("S0217", "The parent of '%' cannot be found: this step has none a '%' can refer to.", node.Start, node.End);
        }

        _depth--;
        return slot;
    }

    private static bool BindsFocus(JsonAtaNode step) => !string.IsNullOrEmpty(step.Focus);

    private void ResolveAncestry(JsonAtaPathNode path)
    {
        List<JsonAtaNode> steps = path.StepList;
        JsonAtaNode last = steps[steps.Count - 1];
        List<JsonAtaAncestorSlot> slots = last.SeekingList ?? new List<JsonAtaAncestorSlot>();
        if (last is JsonAtaParentNode parent)
        {
            slots.Add(parent.Slot);
        }

        for (int s = 0; s < slots.Count; s++)
        {
            JsonAtaAncestorSlot slot = slots[s];
            int index = steps.Count - 2;
            while (slot.Level > 0)
            {
                if (index < 0)
                {
                    (path.SeekingList ??= new List<JsonAtaAncestorSlot>()).Add(slot);
                    break;
                }

                JsonAtaNode step = steps[index--];
                while (index >= 0 && BindsFocus(step) && BindsFocus(steps[index]))
                {
                    step = steps[index--];
                }

                slot = SeekParent(step, slot);
            }
        }
    }

    private JsonAtaNode TailCall(JsonAtaNode expression)
    {
        switch (expression)
        {
            case JsonAtaCallNode call when call.PredicateList is null:
                return new JsonAtaLambdaNode(call.Start, call.End, new List<JsonAtaVariableNode>(), null, call, true);
            case JsonAtaConditionNode condition:
                condition.Then = TailCall(condition.Then);
                if (condition.Else is not null)
                {
                    condition.Else = TailCall(condition.Else);
                }

                return condition;
            case JsonAtaBlockNode block when block.Expressions.Count > 0:
                var list = (List<JsonAtaNode>)block.Expressions;
                list[list.Count - 1] = TailCall(list[list.Count - 1]);
                return block;
            default:
                return expression;
        }
    }
}
