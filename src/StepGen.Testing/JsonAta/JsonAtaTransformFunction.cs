using StepGen.Asl.JsonAta;

namespace StepGen.Testing.JsonAta;

/// <summary>
/// The function a transform expression <c>| pattern | update, delete |</c> evaluates to: it clones its argument
/// with the <c>$clone</c> in scope, then merges the update object into every match of the pattern and deletes the
/// named fields (T2011, T2012, T2013 as in the reference).
/// </summary>
internal sealed class JsonAtaTransformFunction : JsonAtaFunction
{
    private static readonly JsonAtaArgumentValidator ObjectOrArray = JsonAtaArgumentValidator.Parse("<(oa):o>");

    private readonly JsonAtaTransformNode _node;
    private readonly JsonAtaFrame _frame;

    public JsonAtaTransformFunction(JsonAtaTransformNode node, JsonAtaFrame frame)
    {
        _node = node;
        _frame = frame;
    }

    public override int Arity => 1;

    public override JsonAtaArgumentValidator? Signature => ObjectOrArray;

    public override object? Invoke(JsonAtaCall call, object?[] arguments)
    {
        object? obj = arguments.Length > 0 ? arguments[0] : null;
        if (obj is null)
        {
            return null;
        }

        JsonAtaEvaluator evaluator = call.Evaluator;
        if (_frame.Lookup("clone") is not JsonAtaFunction clone)
        {
            throw new JsonAtaException("T2013", "The transform expression copies its input with $clone(), which is not a function here", _node.Start);
        }

        object? result = evaluator.Apply(clone, new[] { obj }, null, _frame);
        object? matches = evaluator.Evaluate(_node.Pattern, result, _frame);
        if (matches is null)
        {
            return result;
        }

        JsonAtaSequence list = matches as JsonAtaSequence ?? JsonAtaSequence.Of(matches);
        foreach (object? match in list)
        {
            object? update = evaluator.Evaluate(_node.Update, match, _frame);
            if (update is not null)
            {
                if (update is not JsonAtaObject updateObject)
                {
                    throw new JsonAtaException("T2011", "The update clause of a transform must evaluate to an object", _node.Update.Start);
                }

                if (match is JsonAtaObject target)
                {
                    foreach (string key in updateObject.Keys)
                    {
                        target.Set(key, updateObject.Get(key));
                    }
                }
                else if (updateObject.Count > 0 && match is not JsonAtaSequence)
                {
                    // The reference's JavaScript cannot set a field on a number, string, boolean or null and fails
                    // with a TypeError that has no JSONata code.
                    throw new JsonAtaException("T2011", "The transform cannot set fields on " + JsonAtaEvaluator.Describe(match) + ", which is not an object", _node.Update.Start);
                }
            }

            if (_node.Delete is JsonAtaNode deleteNode)
            {
                object? deletions = evaluator.Evaluate(deleteNode, match, _frame);
                if (deletions is not null)
                {
                    JsonAtaSequence names = deletions as JsonAtaSequence ?? JsonAtaSequence.Of(deletions);
                    if (!JsonAtaValues.IsArrayOfStrings(names))
                    {
                        throw new JsonAtaException("T2012", "The delete clause of a transform must evaluate to a string or an array of strings", deleteNode.Start);
                    }

                    if (match is JsonAtaObject target)
                    {
                        foreach (object? name in names)
                        {
                            target.Remove((string)name!);
                        }
                    }
                }
            }
        }

        return result;
    }
}
