using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace StepGen.CodeFixes;

/// <summary>
/// The changes that one or more fixes make to attribute argument lists in one document, applied in a single
/// rewrite: every attribute is rebuilt once from its original, so two fixes on the same attribute (Fix All
/// removing both Next and End from a [Succeed]) never conflict. Untouched arguments keep their text and trivia;
/// a removed argument takes its separator with it, and a new one copies the separators and indentation the
/// list already uses.
/// </summary>
internal sealed class AttributeEdits
{
    private readonly Dictionary<TextSpan, Edit> _edits = new();

    public bool IsEmpty => _edits.Count == 0;

    /// <summary>Removes the argument; the argument list goes too when nothing is left in it.</summary>
    public void Remove(AttributeArgumentSyntax argument)
    {
        if (For(argument) is Edit edit)
        {
            edit.Removed.Add(argument.Span);
        }
    }

    /// <summary>Replaces the value of the argument, keeping its name and the trivia around the old value.</summary>
    public void ReplaceValue(AttributeArgumentSyntax argument, ExpressionSyntax value)
    {
        if (For(argument) is Edit edit)
        {
            edit.Values[argument.Span] = (null, value);
        }
    }

    /// <summary>Replaces the argument with <c>name = value</c> in its place, keeping its trivia.</summary>
    public void ReplaceArgument(AttributeArgumentSyntax argument, string name, ExpressionSyntax value)
    {
        if (For(argument) is Edit edit)
        {
            edit.Values[argument.Span] = (name, value);
        }
    }

    /// <summary>Sets the named argument: replaces the value when the attribute has it, else appends <c>name = value</c>.</summary>
    public void Set(AttributeSyntax attribute, string name, ExpressionSyntax value)
    {
        Edit edit = Get(attribute);
        edit.Sets.RemoveAll(set => set.Name == name);
        edit.Sets.Add((name, value));
    }

    /// <summary>
    /// Removes the attribute, and its [...] list when nothing else is in it, with the rest of the line it was on.
    /// Comments before it stay. A <paramref name="comment"/> ("// ...") takes its place, at its indentation.
    /// Removal wins over any other edit of the same attribute.
    /// </summary>
    public void RemoveAttribute(AttributeSyntax attribute, string? comment = null)
    {
        Edit edit = Get(attribute);
        edit.Remove = true;
        edit.Comment ??= comment;
    }

    public SyntaxNode Apply(SyntaxNode root)
    {
        if (_edits.Count == 0)
        {
            return root;
        }

        var attributes = _edits.Values.Select(edit => edit.Attribute).ToList();
        var removed = new List<(SyntaxAnnotation Annotation, string? Comment)>();
        root = root.ReplaceNodes(attributes, (original, _) =>
        {
            Edit edit = _edits[original.Span];
            if (!edit.Remove)
            {
                return Rewrite(original, edit);
            }

            var annotation = new SyntaxAnnotation();
            removed.Add((annotation, edit.Comment));
            return original.WithAdditionalAnnotations(annotation);
        });

        foreach ((SyntaxAnnotation annotation, string? comment) in removed)
        {
            if (root.GetAnnotatedNodes(annotation).FirstOrDefault() is AttributeSyntax attribute)
            {
                root = RemoveAttribute(root, attribute, annotation, comment);
            }
        }

        return root;
    }

    private static SyntaxNode RemoveAttribute(SyntaxNode root, AttributeSyntax attribute, SyntaxAnnotation annotation, string? comment)
    {
        if (attribute.Parent is not AttributeListSyntax list)
        {
            return root;
        }

        SyntaxTriviaList leading = list.GetLeadingTrivia();
        SyntaxTrivia lineBreak = list.GetTrailingTrivia().Concat(leading).FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        if (lineBreak == default)
        {
            lineBreak = SyntaxFactory.CarriageReturnLineFeed;
        }

        SyntaxTriviaList indentation = Indentation(leading);
        SyntaxTriviaList note = comment is null
            ? SyntaxTriviaList.Empty
            : SyntaxFactory.TriviaList(SyntaxFactory.Comment(comment), lineBreak).AddRange(indentation);

        if (list.Attributes.Count > 1)
        {
            // [HttpTask(...), Header(...)]: only this attribute goes; the comment goes before the list.
            int index = list.Attributes.IndexOf(attribute);
            SeparatedSyntaxList<AttributeSyntax> rest = list.Attributes.RemoveAt(index);
            AttributeListSyntax shorter = list.WithAttributes(rest);
            if (index == 0)
            {
                shorter = shorter.WithAttributes(rest.Replace(rest[0], rest[0].WithLeadingTrivia(attribute.GetLeadingTrivia())));
            }

            return root.ReplaceNode(list, shorter.WithLeadingTrivia(leading.AddRange(note)));
        }

        // The whole [...] line goes: what was before it (a doc comment, the line's indentation) moves to the next
        // token, whose own indentation it replaces; what followed it on its line goes with it.
        SyntaxToken next = list.GetLastToken().GetNextToken();
        SyntaxTriviaList after = SyntaxFactory.TriviaList(next.LeadingTrivia.SkipWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)));
        var listMark = new SyntaxAnnotation();
        root = root.ReplaceSyntax(
            new[] { list },
            (original, _) => original.WithAdditionalAnnotations(listMark),
            new[] { next },
            (original, _) => original.WithLeadingTrivia(leading.AddRange(note).AddRange(after)),
            Array.Empty<SyntaxTrivia>(),
            (original, _) => original);
        SyntaxNode marked = root.GetAnnotatedNodes(listMark).First();
        return root.RemoveNode(marked, SyntaxRemoveOptions.KeepNoTrivia)!;
    }

    private Edit? For(AttributeArgumentSyntax argument) =>
        argument.Parent?.Parent is AttributeSyntax attribute ? Get(attribute) : null;

    private Edit Get(AttributeSyntax attribute)
    {
        if (!_edits.TryGetValue(attribute.Span, out Edit? edit))
        {
            edit = new Edit(attribute);
            _edits.Add(attribute.Span, edit);
        }

        return edit;
    }

    private static AttributeSyntax Rewrite(AttributeSyntax attribute, Edit edit)
    {
        SeparatedSyntaxList<AttributeArgumentSyntax> original = attribute.ArgumentList?.Arguments ?? default;
        var nodes = new List<AttributeArgumentSyntax>(original.Count + edit.Sets.Count);
        var separators = new List<SyntaxToken>(original.Count);
        var removed = new List<bool>(original.Count);
        var pending = new List<(string Name, ExpressionSyntax Value)>(edit.Sets);

        for (int i = 0; i < original.Count; i++)
        {
            AttributeArgumentSyntax argument = original[i];
            string? name = argument.NameEquals?.Name.Identifier.ValueText;
            bool remove = edit.Removed.Contains(argument.Span);
            int set = name is null || remove ? -1 : pending.FindIndex(p => p.Name == name);
            if (set >= 0)
            {
                argument = WithValue(argument, null, pending[set].Value);
                pending.RemoveAt(set);
            }
            else if (edit.Values.TryGetValue(argument.Span, out (string? Name, ExpressionSyntax Value) value))
            {
                argument = WithValue(argument, value.Name, value.Value);
            }

            nodes.Add(argument);
            removed.Add(remove);
            if (i < original.SeparatorCount)
            {
                separators.Add(original.GetSeparator(i));
            }
        }

        // Last to first, so that the indexes below the one removed stay valid.
        for (int i = nodes.Count - 1; i >= 0; i--)
        {
            if (!removed[i])
            {
                continue;
            }

            if (nodes.Count == 1)
            {
                nodes.Clear();
                separators.Clear();
            }
            else if (i == nodes.Count - 1)
            {
                // The last one goes with the comma before it. A comment after that comma is about the argument
                // before it and stays; a line break after the removed one (before ')') stays too.
                nodes[i - 1] = nodes[i - 1].WithTrailingTrivia(
                    KeptAfterRemovedLast(nodes[i - 1].GetTrailingTrivia(), separators[i - 1].TrailingTrivia, nodes[i]));
                nodes.RemoveAt(i);
                separators.RemoveAt(i - 1);
            }
            else
            {
                // Any other goes with the comma after it, and with its comments; the next one moves into its
                // place, at its indentation.
                nodes[i + 1] = nodes[i + 1].WithLeadingTrivia(Indentation(nodes[i].GetLeadingTrivia()));
                nodes.RemoveAt(i);
                separators.RemoveAt(i);
            }
        }

        SyntaxToken equals = EqualsTokenStyle(original);
        foreach ((string name, ExpressionSyntax value) in pending)
        {
            AttributeArgumentSyntax added = SyntaxFactory.AttributeArgument(
                SyntaxFactory.NameEquals(Identifier(name), equals),
                null,
                value.WithoutTrivia());
            if (nodes.Count > 0)
            {
                AttributeArgumentSyntax last = nodes[nodes.Count - 1];
                SyntaxToken separator = Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space);
                if (separators.Count > 0)
                {
                    // Follow the list's layout: the separator's line break or space, the last argument's indentation.
                    separator = separator.WithTrailingTrivia(Layout(separators[separators.Count - 1].TrailingTrivia));
                    added = added.WithLeadingTrivia(Indentation(last.GetLeadingTrivia()));
                }

                // What followed the last argument (a comment, a line break before ')') now follows the new one.
                added = added.WithTrailingTrivia(last.GetTrailingTrivia());
                nodes[nodes.Count - 1] = last.WithoutTrailingTrivia();
                separators.Add(separator);
            }

            nodes.Add(added);
        }

        if (nodes.Count == 0)
        {
            if (attribute.ArgumentList is null)
            {
                return attribute;
            }

            // [Succeed(End = true)] becomes [Succeed]; what followed ')' stays.
            SyntaxTriviaList after = attribute.ArgumentList.GetTrailingTrivia();
            return attribute
                .WithName(attribute.Name.WithTrailingTrivia(OnlyWhitespace(attribute.Name.GetTrailingTrivia()) ? after : attribute.Name.GetTrailingTrivia().AddRange(after)))
                .WithArgumentList(null);
        }

        var list = new List<SyntaxNodeOrToken>(nodes.Count * 2);
        for (int i = 0; i < nodes.Count; i++)
        {
            if (i > 0)
            {
                list.Add(separators[i - 1]);
            }

            list.Add(nodes[i]);
        }

        SeparatedSyntaxList<AttributeArgumentSyntax> arguments = SyntaxFactory.SeparatedList<AttributeArgumentSyntax>(list);
        if (attribute.ArgumentList is AttributeArgumentListSyntax existing)
        {
            return attribute.WithArgumentList(existing.WithArguments(arguments));
        }

        // [Pass] becomes [Pass(End = true)]; what followed the name now follows ')'.
        AttributeArgumentListSyntax created = SyntaxFactory.AttributeArgumentList(Token(SyntaxKind.OpenParenToken), arguments, Token(SyntaxKind.CloseParenToken))
            .WithTrailingTrivia(attribute.Name.GetTrailingTrivia());
        return attribute.WithName(attribute.Name.WithoutTrailingTrivia()).WithArgumentList(created);
    }

    private static AttributeArgumentSyntax WithValue(AttributeArgumentSyntax argument, string? name, ExpressionSyntax value)
    {
        AttributeArgumentSyntax result = argument.WithExpression(value.WithTriviaFrom(argument.Expression));
        if (name is not null && result.NameEquals is NameEqualsSyntax nameEquals)
        {
            result = result.WithNameEquals(nameEquals.WithName(Identifier(name).WithTriviaFrom(nameEquals.Name)));
        }

        return result;
    }

    /// <summary>The '=' of a new named argument, spaced as the list's first named argument is (" = " by default).</summary>
    private static SyntaxToken EqualsTokenStyle(SeparatedSyntaxList<AttributeArgumentSyntax> arguments)
    {
        foreach (AttributeArgumentSyntax argument in arguments)
        {
            if (argument.NameEquals is NameEqualsSyntax nameEquals)
            {
                return Token(SyntaxKind.EqualsToken)
                    .WithLeadingTrivia(Layout(nameEquals.Name.GetTrailingTrivia()))
                    .WithTrailingTrivia(Layout(nameEquals.EqualsToken.TrailingTrivia));
            }
        }

        return Token(SyntaxKind.EqualsToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space);
    }

    // Tokens without the elastic trivia SyntaxFactory adds by default: code action cleanup would reformat around
    // elastic trivia, and the fixes lay out what they add themselves, in the style of the list around it.
    private static SyntaxToken Token(SyntaxKind kind) => SyntaxFactory.Token(SyntaxTriviaList.Empty, kind, SyntaxTriviaList.Empty);

    private static IdentifierNameSyntax Identifier(string name) =>
        SyntaxFactory.IdentifierName(SyntaxFactory.Identifier(SyntaxTriviaList.Empty, name, SyntaxTriviaList.Empty));

    /// <summary>The spaces and line breaks of a trivia list, without its comments and without spaces left at a line's end.</summary>
    private static SyntaxTriviaList Layout(SyntaxTriviaList trivia)
    {
        var result = new List<SyntaxTrivia>();
        foreach (SyntaxTrivia item in trivia)
        {
            if (item.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                while (result.Count > 0 && result[result.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia))
                {
                    result.RemoveAt(result.Count - 1);
                }

                result.Add(item);
            }
            else if (item.IsKind(SyntaxKind.WhitespaceTrivia))
            {
                result.Add(item);
            }
        }

        return SyntaxFactory.TriviaList(result);
    }

    /// <summary>
    /// What follows the argument before a removed last one: its own trivia, the comments after the comma between
    /// them, then the line break after the removed one, if any. A line comment is ended by a line break, and ')'
    /// then goes where the removed argument began.
    /// </summary>
    private static SyntaxTriviaList KeptAfterRemovedLast(SyntaxTriviaList before, SyntaxTriviaList afterComma, AttributeArgumentSyntax removed)
    {
        var result = new List<SyntaxTrivia>(before);
        bool lineComment = false;
        foreach (SyntaxTrivia item in afterComma)
        {
            if (item.IsKind(SyntaxKind.SingleLineCommentTrivia) || item.IsKind(SyntaxKind.MultiLineCommentTrivia))
            {
                result.Add(SyntaxFactory.Space);
                result.Add(item);
                lineComment = item.IsKind(SyntaxKind.SingleLineCommentTrivia);
            }
        }

        SyntaxTriviaList afterRemoved = removed.GetTrailingTrivia();
        SyntaxTrivia? lineBreak = null;
        foreach (SyntaxTrivia item in afterRemoved.Concat(afterComma))
        {
            if (item.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                lineBreak = item;
                break;
            }
        }

        if (afterRemoved.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia)))
        {
            result.Add(lineBreak!.Value);
        }
        else if (lineComment)
        {
            result.Add(lineBreak ?? SyntaxFactory.CarriageReturnLineFeed);
            result.AddRange(Indentation(removed.GetLeadingTrivia()));
        }

        return SyntaxFactory.TriviaList(result);
    }

    /// <summary>The whitespace after the last line break of a leading trivia list: the indentation of its line.</summary>
    private static SyntaxTriviaList Indentation(SyntaxTriviaList trivia)
    {
        var result = new List<SyntaxTrivia>();
        foreach (SyntaxTrivia item in trivia)
        {
            if (item.IsKind(SyntaxKind.WhitespaceTrivia))
            {
                result.Add(item);
            }
            else
            {
                result.Clear();
            }
        }

        return SyntaxFactory.TriviaList(result);
    }

    private static bool OnlyWhitespace(SyntaxTriviaList trivia) => trivia.All(t => t.IsKind(SyntaxKind.WhitespaceTrivia));

    private sealed class Edit
    {
        public Edit(AttributeSyntax attribute) => Attribute = attribute;

        public AttributeSyntax Attribute { get; }

        public HashSet<TextSpan> Removed { get; } = new();

        /// <summary>New values by argument; with a name, the argument is renamed too.</summary>
        public Dictionary<TextSpan, (string? Name, ExpressionSyntax Value)> Values { get; } = new();

        public List<(string Name, ExpressionSyntax Value)> Sets { get; } = new();

        /// <summary>True when the attribute goes: the other edits are then ignored.</summary>
        public bool Remove { get; set; }

        /// <summary>The comment that takes the removed attribute's place, if any.</summary>
        public string? Comment { get; set; }
    }
}
