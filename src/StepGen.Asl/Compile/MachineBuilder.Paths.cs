using StepGen.Asl.Checks.Paths;
using StepGen.Asl.Json;
using StepGen.Asl.Source;

namespace StepGen.Asl.Compile;

/// <summary>Path fields (InputPath, ResultPath, OutputPath): written as given, each checked by the <see cref="PathChecker"/>.</summary>
internal sealed partial class MachineBuilder
{
    private void AddPathField(StateEntry state, JsonObject json, string field, PathUse use)
    {
        SourceArgument? argument = state.Attribute.Get(field);
        if (argument is null || !FieldRules.Allows(state.Kind, field, state.JsonAta))
        {
            return;
        }

        if (Args.IsNull(argument))
        {
            json.Add(field, J.Null);
            return;
        }

        string? value = Args.String(argument);
        if (value is null)
        {
            return;
        }

        _paths.Check(value, state.At(field), field, use);
        json.Add(field, J.Str(value));
    }
}
