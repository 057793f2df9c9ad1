using System;
using System.Collections.Generic;
using StepGen.Asl.Collections;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;
using StepGen.Asl.JsonAta;
using StepGen.Asl.Paths;
using StepGen.Asl.Variables;

namespace StepGen.Asl.Shapes;

/// <summary>
/// What JSONata fields tell about data: the shape of an <c>Output</c> (or <c>Arguments</c>) value, where the JSON
/// around the expressions is known and each expression's kind is read from its outermost operator or function; and
/// the paths an expression reads below <c>$states.input</c>, as JSONPath reads, so the execution input can be
/// inferred as it is from JSONPath states.
/// </summary>
internal static class JsonAtaShapes
{
    private const int MaxDepth = 64;

    /// <summary>The shape of a JSONata field value: literal JSON as it is, <c>{% ... %}</c> strings by their expression.</summary>
    public static Shape OfValue(JsonNode node) => Shape.FromJson(node, ExpressionShape);

    private static Shape? ExpressionShape(string text) =>
        FieldRules.TryGetJsonAtaExpression(text, out string expression) ? OfExpression(expression) : null;

    /// <summary>The kind of value an expression gives, as far as its outermost node tells; Any otherwise.</summary>
    public static Shape OfExpression(string expression)
    {
        JsonAtaNode? root = JsonAtaParseCache.Get(expression).Result.Root;
        return root is null ? Shape.Any : OfNode(root, 0);
    }

    /// <summary>
    /// Each path an expression reads below <c>$states.input</c>, written as a JSONPath (<c>$.order.id</c>), with the
    /// kind a comparison with a literal tells (<c>$states.input.order.total &gt; 100</c>: a number), so the input
    /// shape can grow from it like from a JSONPath read.
    /// </summary>
    public static IEnumerable<(PathParseResult Path, Shape Kind)> InputReads(string expression)
    {
        ParsedJsonAta parsed = JsonAtaParseCache.Get(expression);
        if (parsed.Result.Root is null)
        {
            yield break;
        }

        foreach (JsonAtaStatesField use in parsed.References.StatesFields)
        {
            if (use.Field == StatesFields.Input && use.Steps.Count > 0)
            {
                yield return (PathParser.Parse(JsonPathText.FromNames("$", use.Steps)), OfReturnType(use.ComparedWith));
            }
        }
    }

    /// <summary>Every <c>{% ... %}</c> expression in a value (a state's field), without its delimiters.</summary>
    public static IEnumerable<string> Expressions(JsonNode? node)
    {
        foreach ((JsonString _, string expression) in FieldRules.JsonAtaStrings(node))
        {
            yield return expression;
        }
    }

    private static Shape OfNode(JsonAtaNode node, int depth)
    {
        if (depth > MaxDepth || node.Stages.Count > 0 || node.Predicates.Count > 0 || node.Group is not null)
        {
            return Shape.Any;
        }

        switch (node)
        {
            case JsonAtaStringNode:
                return Shape.Of(ShapeKind.String);
            case JsonAtaNumberNode number:
                return Shape.Of(number.Value == Math.Floor(number.Value) && Math.Abs(number.Value) < 9e15 ? ShapeKind.Integer : ShapeKind.Number);
            case JsonAtaConstantNode constant:
                return constant.Value == JsonAtaConstant.Null ? Shape.Any : Shape.Of(ShapeKind.Boolean);
            case JsonAtaNegationNode:
                return Shape.Of(ShapeKind.Number);
            case JsonAtaBinaryNode binary:
                return binary.Operator switch
                {
                    "&" => Shape.Of(ShapeKind.String),
                    "+" or "-" or "*" or "/" or "%" => Shape.Of(ShapeKind.Number),
                    "=" or "!=" or "<" or "<=" or ">" or ">=" or "and" or "or" or "in" => Shape.Of(ShapeKind.Boolean),
                    _ => Shape.Any,
                };
            case JsonAtaCallNode { IsPartial: false, Procedure: JsonAtaVariableNode function }:
                return OfReturnType(JsonAtaFunctions.ParsedSignature(function.Name)?.ReturnType);
            case JsonAtaConditionNode condition:
                return condition.Else is null ? Shape.Any : Shape.Merge(OfNode(condition.Then, depth + 1), OfNode(condition.Else, depth + 1));
            case JsonAtaBlockNode block when block.Expressions.Count > 0:
                return OfNode(block.Expressions[block.Expressions.Count - 1], depth + 1);
            case JsonAtaObjectNode obj:
                var fields = new List<ShapeField>(obj.Pairs.Count);
                foreach (JsonAtaPair pair in obj.Pairs)
                {
                    if (pair.Key is not JsonAtaStringNode key)
                    {
                        return Shape.EmptyObject;
                    }

                    fields.Add(new ShapeField(key.Value, OfNode(pair.Value, depth + 1)));
                }

                return new Shape(ShapeKind.Object, fields.ToEquatableArray());
            default:
                return Shape.Any;
        }
    }

    /// <summary>A signature's return symbol as a shape: s, n, b, a and o; the rest (x, j, f...) say nothing.</summary>
    private static Shape OfReturnType(char? symbol) => symbol switch
    {
        's' => Shape.Of(ShapeKind.String),
        'n' => Shape.Of(ShapeKind.Number),
        'b' => Shape.Of(ShapeKind.Boolean),
        'a' => Shape.ArrayOf(Shape.Any),
        'o' => Shape.EmptyObject,
        _ => Shape.Any,
    };
}
