namespace StepGen.Asl.Shapes;

/// <summary>A record the generator can emit for a machine: its C# name, what it describes, its shape and what it is.</summary>
public sealed record TypedRecord(string Name, string Summary, Shape Shape, TypedRecordKind Kind)
{
    /// <summary>
    /// Whether the project's <see cref="TypedRecordSet"/> includes this record. <see cref="TypedRecordSet.Execution"/>
    /// keeps what a user cannot read anywhere else: the execution input and output (inferred from the whole definition),
    /// and HTTP results whose body is a type the user declared. A Pass state's Result is the JSON written in the
    /// attribute, and an undeclared HTTP result has the same four fields in every machine; they come with
    /// <see cref="TypedRecordSet.All"/>.
    /// </summary>
    public bool IsIn(TypedRecordSet set) => set switch
    {
        TypedRecordSet.All => true,
        TypedRecordSet.Execution => Kind is TypedRecordKind.ExecutionInput or TypedRecordKind.ExecutionOutput || (Kind == TypedRecordKind.HttpResult && DeclaresResponse),
        _ => false,
    };

    private bool DeclaresResponse
    {
        get
        {
            foreach (ShapeField member in Shape.Fields)
            {
                if (member.Shape.Kind == ShapeKind.External)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

/// <summary>What a <see cref="TypedRecord"/> describes.</summary>
public enum TypedRecordKind
{
    /// <summary><c>ExecutionInput</c>: the input as far as the definition's reads tell.</summary>
    ExecutionInput,

    /// <summary><c>ExecutionOutput</c>: what the final states produce.</summary>
    ExecutionOutput,

    /// <summary><c>&lt;State&gt;Result</c> of a Pass state with an object Result.</summary>
    PassResult,

    /// <summary><c>&lt;State&gt;Result</c> of an HTTP task.</summary>
    HttpResult,
}
