using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

using StepGen.Tool.Sources.Nodes;

namespace StepGen.Tool.Sources.Terraform;

/// <summary>
/// Reads the <c>definition</c> of a Terraform state machine into JSON text:
/// <list type="bullet">
/// <item>a heredoc or quoted string: its text, each <c>${...}</c> an opaque placeholder (<c>${var.region}</c> is
/// <c>${var_region}</c>), <c>$${</c> a literal <c>${</c>;</item>
/// <item><c>jsonencode(...)</c>: the value written as JSON, references and calls as placeholder strings, a
/// <c>local.x</c> written in the same file followed;</item>
/// <item><c>templatefile(path, vars)</c>: the named file (<c>path.module</c>, <c>path.root</c>, <c>path.cwd</c> read as
/// the directory of the <c>.tf</c> file), its <c>${name}</c> replaced by the literal variables, the others left as
/// opaque <c>${name}</c>; <c>file(path)</c>: the named file as it is;</item>
/// <item><c>local.x</c>: the local value, from any <c>.tf</c> file of the directory;
/// <c>data.template_file.x.rendered</c>: that data block's <c>template = file(...)</c> with its <c>vars</c>.</item>
/// </list>
/// Anything else (<c>var.x</c>, a conditional, another function) is computed: an error that points at it. So is a
/// template directive (<c>%{ if }</c>, <c>%{ for }</c>), which lint does not evaluate.
/// </summary>
internal sealed class TerraformDefinitions
{
    private const int MaxDepth = 8;
    private readonly TerraformModules _modules;
    private readonly SourceCollector _sink;

    public TerraformDefinitions(TerraformModules modules, SourceCollector sink)
    {
        _modules = modules;
        _sink = sink;
    }

    /// <summary>Adds the definition <paramref name="expression"/> (written in <paramref name="file"/>) of <paramref name="address"/>.</summary>
    public void Add(string file, string text, HclExpression expression, string address, string? machineName, int depth = 0)
    {
        try
        {
            switch (expression)
            {
                case HclTemplate { Parts: [HclTemplatePart.Interpolation only] }:
                    // "${var.definition}" (Terraform 0.11's way of writing var.definition) is the expression itself.
                    Add(file, text, only.Expression, address, machineName, depth + 1);
                    return;
                case HclTemplate template:
                    _sink.Add(file, text, address, machineName, TemplateText(template.Parts, null, text));
                    return;
                case HclCall { Name: "jsonencode", Arguments.Count: 1 } call:
                    SourceDocuments.AddRendered(file, text, address, machineName, ToNode(call.Arguments[0], file, text, 0), _sink);
                    return;
                case HclCall { Name: "templatefile" or "file" } call when call.Arguments.Count == (call.Name == "file" ? 1 : 2):
                    AddFile(file, text, call.Name, call.Arguments[0], call.Name == "file" ? null : call.Arguments[1], address, machineName, depth);
                    return;
                case HclTraversal { Root: "data", Steps: ["template_file", var name, "rendered"] } data:
                    AddTemplateFileData(file, text, data, name, address, machineName, depth);
                    return;
                case HclTraversal { Root: "local", Steps.Count: 1 } local:
                    TerraformLocal? value = _modules.Local(file, local.Steps[0]);
                    if (value is null || depth >= MaxDepth)
                    {
                        _sink.Error(file, text, local.Start, value is null
                            ? $"the definition of {address} is {local.Text}, which no locals block of this directory's .tf files sets"
                            : $"the definition of {address} goes through too many local values");
                        return;
                    }

                    Add(value.File, value.Text, value.Value, address, machineName, depth + 1);
                    return;
                default:
                    Computed(file, text, expression, address);
                    return;
            }
        }
        catch (SourceFormatException e)
        {
            _sink.Error(file, text, e.Offset, e.Message);
        }
    }

    /// <summary>
    /// <c>data "template_file"</c> (the template provider's, before <c>templatefile</c>): its <c>template = file(...)</c>
    /// read as a template with its <c>vars</c>.
    /// </summary>
    private void AddTemplateFileData(string file, string text, HclTraversal data, string name, string address, string? machineName, int depth)
    {
        if (_modules.Data(file, "template_file", name) is not (TerraformFile tf, HclBlock block))
        {
            _sink.Error(file, text, data.Start, $"the definition of {address} is {data.Text}, which no data block of this directory's .tf files declares");
            return;
        }

        HclExpression? variables = block.Attribute("vars")?.Value;
        if (block.Attribute("template")?.Value is HclCall { Name: "file", Arguments.Count: 1 } read)
        {
            AddFile(tf.File, tf.Text, "templatefile", read.Arguments[0], variables ?? new HclObject([], read.Start, read.Start), address, machineName, depth);
            return;
        }

        HclAttribute? template = block.Attribute("template");
        _sink.Error(tf.File, tf.Text, template?.Value.Start ?? block.Start, $"the definition of {address} comes from data.template_file.{name}, whose template is not file(...): lint cannot read it");
    }

    /// <summary><c>file(path)</c> (<paramref name="variablesExpression"/> null) or <c>templatefile(path, vars)</c>.</summary>
    private void AddFile(string file, string text, string function, HclExpression pathExpression, HclExpression? variablesExpression, string address, string? machineName, int depth)
    {
        string? path = EvaluateString(file, pathExpression, depth);
        if (path is null)
        {
            _sink.Error(file, text, pathExpression.Start, $"the {function} path of {address} is computed ({Snippet(text, pathExpression)}): lint cannot tell which file it reads");
            return;
        }

        string local = SourceFiles.Resolve(file, path);
        if (!File.Exists(local))
        {
            _sink.Error(file, text, pathExpression.Start, $"{function} names {local}, which does not exist");
            return;
        }

        string? content = SourceFiles.TryRead(local, out string? error);
        if (content is null)
        {
            _sink.Error(file, text, pathExpression.Start, $"{function} names {local}, which cannot be read: {error}");
            return;
        }

        _sink.ReferencedFiles.Add(SourceFiles.FullPath(local));
        if (variablesExpression is null)
        {
            _sink.Add(local, content, address, machineName, MappedString.Verbatim(content, 0, content.Length));
            return;
        }

        Substitutions variables = Variables(file, variablesExpression, depth);
        try
        {
            IReadOnlyList<HclTemplatePart> parts = HclParser.ParseTemplateFile(content);
            _sink.Add(local, content, address, machineName, TemplateText(parts, variables, content));
        }
        catch (SourceFormatException e)
        {
            _sink.Error(local, content, e.Offset, e.Message);
        }
    }

    /// <summary>
    /// The text of a template: literal parts as they are, literal variables applied, every other interpolation an
    /// opaque placeholder. A directive throws.
    /// </summary>
    private static MappedString TemplateText(IReadOnlyList<HclTemplatePart> parts, Substitutions? variables, string text)
    {
        var segments = new SegmentedText();
        foreach (HclTemplatePart part in parts)
        {
            switch (part)
            {
                case HclTemplatePart.Literal literal:
                    segments.AddLiteral(literal.Text);
                    break;
                case HclTemplatePart.Directive directive:
                    throw new SourceFormatException(directive.Start, $"the definition uses a template directive ({Shorten(directive.Text)}) that lint cannot follow: render the template and lint the result");
                case HclTemplatePart.Interpolation interpolation:
                    HclExpression e = interpolation.Expression;
                    if (e is HclTemplate t && t.LiteralText() is MappedString literalText)
                    {
                        segments.AddLiteral(MappedString.Synthetic(literalText.Value, interpolation.Start));
                    }
                    else if (variables != null && e is HclTraversal { Steps.Count: 0 } name && variables.TryGet(name.Root, out string? value) && value != null)
                    {
                        segments.AddLiteral(MappedString.Synthetic(value, interpolation.Start));
                    }
                    else
                    {
                        segments.AddPlaceholder(PlaceholderName(e, text), interpolation.Start);
                    }

                    break;
            }
        }

        MappedString result = segments.ToMappedString(Substitutions.None);
        return result.Anchors.Count == 0 && parts.Count > 0 ? MappedString.Synthetic(string.Empty, parts[0].Start) : result;
    }

    /// <summary>The value of a <c>jsonencode</c> argument as nodes.</summary>
    private SourceNode ToNode(HclExpression expression, string file, string text, int depth)
    {
        if (depth > 500)
        {
            throw new SourceFormatException(expression.Start, "nesting too deep");
        }

        switch (expression)
        {
            case HclObject obj:
                return new SourceMapping(obj.Items.Select(i => new SourceMember(Key(i.Key, text), ToNode(i.Value, file, text, depth + 1))).ToList(), obj.Start);
            case HclTuple tuple:
                return new SourceSequence(tuple.Items.Select(i => ToNode(i, file, text, depth + 1)).ToList(), tuple.Start);
            case HclTemplate template:
                return SourceScalar.String(TemplateText(template.Parts, null, text), template.Start);
            case HclLiteral literal:
                return new SourceScalar(literal.Kind, literal.Text, literal.Start);
            case HclTraversal { Root: "local", Steps.Count: 1 } local
                when _modules.Local(file, local.Steps[0]) is TerraformLocal value && depth < 50
                    && SourceFiles.PathComparer.Equals(SourceFiles.FullPath(value.File), SourceFiles.FullPath(file)):
                // A local of the same file: the positions stay in this file.
                return ToNode(value.Value, file, text, depth + 10);
            default:
                return SourceScalar.String(MappedString.Synthetic(Placeholders.Text(PlaceholderName(expression, text)), expression.Start), expression.Start);
        }
    }

    private static SourceScalar Key(HclExpression key, string text) => key switch
    {
        HclTemplate template => SourceScalar.String(TemplateText(template.Parts, null, text), template.Start),
        HclLiteral literal => SourceScalar.String(literal.Text, literal.Start),
        _ => SourceScalar.String(MappedString.Synthetic(Placeholders.Text(PlaceholderName(key, text)), key.Start), key.Start),
    };

    /// <summary>A string known when reading (a literal, or made of literal locals), such as a machine's <c>name</c>; else null.</summary>
    public string? LiteralString(string file, HclExpression expression) =>
        expression is HclTemplate or HclTraversal { Root: "local" } ? EvaluateString(file, expression, 0, paths: false) : null;

    /// <summary>A string known when reading: a literal template whose interpolations are <c>path.module</c>, <c>path.root</c>, <c>path.cwd</c> or literal locals.</summary>
    private string? EvaluateString(string file, HclExpression expression, int depth, bool paths = true)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (expression)
        {
            case HclTemplate template:
                var sb = new StringBuilder();
                foreach (HclTemplatePart part in template.Parts)
                {
                    switch (part)
                    {
                        case HclTemplatePart.Literal literal:
                            sb.Append(literal.Text.Value);
                            break;
                        case HclTemplatePart.Interpolation { Expression: HclTraversal { Root: "path", Steps: ["module" or "root" or "cwd"] } } when paths:
                            sb.Append('.');
                            break;
                        case HclTemplatePart.Interpolation { Expression: var inner }:
                            string? innerValue = EvaluateString(file, inner, depth + 1, paths);
                            if (innerValue is null)
                            {
                                return null;
                            }

                            sb.Append(innerValue);
                            break;
                        default:
                            return null;
                    }
                }

                return sb.ToString();
            case HclTraversal { Root: "path", Steps: ["module" or "root" or "cwd"] } when paths:
                return ".";
            case HclTraversal { Root: "local", Steps.Count: 1 } local:
                return _modules.Local(file, local.Steps[0]) is TerraformLocal value ? EvaluateString(value.File, value.Value, depth + 1, paths) : null;
            case HclLiteral { Kind: ScalarKind.Number or ScalarKind.Boolean } literal:
                return literal.Text.Value;
            default:
                return null;
        }
    }

    /// <summary>The variables of a <c>templatefile</c>: literal values by name, the others computed.</summary>
    private Substitutions Variables(string file, HclExpression expression, int depth)
    {
        var variables = new Substitutions();
        if (expression is HclTraversal { Root: "local", Steps.Count: 1 } local && depth < MaxDepth
            && _modules.Local(file, local.Steps[0]) is TerraformLocal value)
        {
            return Variables(value.File, value.Value, depth + 1);
        }

        if (expression is HclObject obj)
        {
            foreach (HclObject.Item item in obj.Items)
            {
                string? name = item.Key is HclTemplate key ? key.LiteralText()?.Value : null;
                if (name is null)
                {
                    continue;
                }

                string? literal = item.Value switch
                {
                    HclTemplate t => t.LiteralText()?.Value,
                    HclLiteral { Kind: ScalarKind.Number or ScalarKind.Boolean } l => l.Text.Value,
                    _ => null,
                };
                variables.Set(name, literal);
            }
        }

        return variables;
    }

    private void Computed(string file, string text, HclExpression expression, string address) =>
        _sink.Error(file, text, expression.Start, $"the definition of {address} is computed ({Snippet(text, expression)}): lint cannot read it; lint the file or value it comes from");

    private static string PlaceholderName(HclExpression expression, string text) => expression switch
    {
        HclTraversal traversal => Placeholders.Reference(traversal.Text),
        HclCall call => Placeholders.Composite(call.Name, SourceText(text, call.Start + call.Name.Length, call.End)),
        _ => Placeholders.Composite(string.Empty, SourceText(text, expression.Start, expression.End)),
    };

    private static string SourceText(string text, int start, int end) =>
        start >= 0 && end <= text.Length && start < end ? text.Substring(start, end - start) : string.Empty;

    private static string Snippet(string text, HclExpression expression) => Shorten(SourceText(text, expression.Start, expression.End));

    private static string Shorten(string s)
    {
        string line = string.Join(" ", s.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
        return line.Length > 60 ? line.Substring(0, 57) + "..." : line;
    }
}
