using System.Collections.Generic;

using StepGen.Tool.Sources.Nodes;

namespace StepGen.Tool.Sources.Terraform;

// The expression tree of HclParser, one file: a base record and its few shapes, read together by TerraformDefinitions.

/// <summary>An HCL expression; <see cref="Start"/> and <see cref="End"/> delimit its text in the file.</summary>
internal abstract record HclExpression(int Start, int End);

/// <summary>A number, <c>true</c>/<c>false</c> or <c>null</c>, with its JSON text.</summary>
internal sealed record HclLiteral(ScalarKind Kind, MappedString Text, int Start, int End) : HclExpression(Start, End);

/// <summary>A quoted string or a heredoc: literal text, <c>${...}</c> interpolations and <c>%{...}</c> directives.</summary>
internal sealed record HclTemplate(IReadOnlyList<HclTemplatePart> Parts, int Start, int End) : HclExpression(Start, End)
{
    /// <summary>The text when the template has no interpolation or directive, else null.</summary>
    public MappedString? LiteralText()
    {
        var builder = new MappedTextBuilder();
        foreach (HclTemplatePart part in Parts)
        {
            if (part is not HclTemplatePart.Literal literal)
            {
                return null;
            }

            builder.Append(literal.Text);
        }

        MappedString text = builder.ToMappedString();
        return text.Anchors.Count == 0 ? MappedString.Synthetic(string.Empty, Start) : text;
    }
}

/// <summary>A piece of an <see cref="HclTemplate"/>.</summary>
internal abstract record HclTemplatePart(int Start)
{
    public sealed record Literal(MappedString Text, int Start) : HclTemplatePart(Start);

    public sealed record Interpolation(HclExpression Expression, int Start) : HclTemplatePart(Start);

    public sealed record Directive(string Text, int Start) : HclTemplatePart(Start);
}

/// <summary>A reference such as <c>var.region</c> or <c>aws_lambda_function.fn.arn</c>; <see cref="Text"/> is its source without blanks.</summary>
internal sealed record HclTraversal(string Root, IReadOnlyList<string> Steps, string Text, int Start, int End) : HclExpression(Start, End);

/// <summary>A function call.</summary>
internal sealed record HclCall(string Name, IReadOnlyList<HclExpression> Arguments, int Start, int End) : HclExpression(Start, End);

/// <summary>A tuple <c>[a, b]</c>.</summary>
internal sealed record HclTuple(IReadOnlyList<HclExpression> Items, int Start, int End) : HclExpression(Start, End);

/// <summary>An object <c>{ key = value }</c>; <see cref="Item.Key"/> is a literal template for an identifier key.</summary>
internal sealed record HclObject(IReadOnlyList<HclObject.Item> Items, int Start, int End) : HclExpression(Start, End)
{
    public sealed record Item(HclExpression Key, HclExpression Value);
}

/// <summary>Anything lint does not evaluate: operators, conditionals, <c>for</c> expressions, splats.</summary>
internal sealed record HclOpaque(int Start, int End) : HclExpression(Start, End);
