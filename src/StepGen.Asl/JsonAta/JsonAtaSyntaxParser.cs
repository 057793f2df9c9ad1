using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace StepGen.Asl.JsonAta;

/// <summary>
/// The first stage of <see cref="JsonAtaParser"/>: a top-down operator-precedence (Pratt) parser that turns tokens
/// into <see cref="JsonAtaRawNode"/>s with jsonata 2.2.2's binding powers, and reports the errors the reference
/// raises while parsing (S0201...S0214 except those of the tree builder, S0401/S0402 in a lambda signature).
/// </summary>
/// <remarks>
/// Binding powers: <c>:=</c> 10 (right associative); <c>?</c> 20; <c>or</c> 25; <c>and</c> 30;
/// <c>= != &lt; &lt;= &gt; &gt;= in ^ ~&gt; ?: ??</c> 40; <c>+ - &amp;</c> 50; <c>* / %</c> 60; prefix <c>-</c>
/// binds its operand at 70; <c>{</c> (group) 70; <c>.</c> 75; <c>[ ( @ #</c> 80. The recursion is bounded by
/// <see cref="JsonAtaParser.MaxDepth"/>.
/// </remarks>
internal sealed class JsonAtaSyntaxParser
{
    private readonly JsonAtaLexer _lexer;
    private JsonAtaToken _node;
    private int _previousEnd;
    private int _depth;

    private JsonAtaSyntaxParser(string text)
    {
        _lexer = new JsonAtaLexer(text);
    }

    /// <summary>Parses the whole of <paramref name="text"/>.</summary>
    /// <exception cref="JsonAtaParseException">On the first error.</exception>
    public static JsonAtaRawNode Parse(string text)
    {
        var parser = new JsonAtaSyntaxParser(text);
        parser.Advance(null, false);
        JsonAtaRawNode root = parser.Expression(0);
        if (parser._node.Kind != JsonAtaTokenKind.End)
        {
            throw parser.Error("S0201", "Unexpected " + parser._node.Describe() + ": the expression should end here.", parser._node);
        }

        return root;
    }

    private JsonAtaParseException Error(string code, string message, JsonAtaToken token) =>
        new JsonAtaParseException(code, message, token.Start, token.End);

    private static JsonAtaParseException Error(string code, string message, JsonAtaRawNode node) =>
        new JsonAtaParseException(code, message, node.Start, node.End);

    private void Advance(string? expected, bool afterOperand)
    {
        if (expected is not null && !_node.Is(expected))
        {
            if (_node.Kind == JsonAtaTokenKind.End)
            {
                throw Error("S0203", "Expected '" + expected + "' before the end of the expression.", _node);
            }

            throw Error("S0202", "Expected '" + expected + "', got " + _node.Describe() + ".", _node);
        }

        _previousEnd = _node.End;
        _node = _lexer.Next(operandExpected: !afterOperand);
        if (_node.Kind == JsonAtaTokenKind.Operator && (_node.Text == "!" || _node.Text == "~"))
        {
            throw Error("S0204", "Unknown operator '" + _node.Text + "'.", _node);
        }
    }

    private static int LeftBindingPower(JsonAtaToken token)
    {
        if (token.Kind != JsonAtaTokenKind.Operator)
        {
            return 0;
        }

        switch (token.Text)
        {
            case "[": case "(": case "@": case "#": return 80;
            case ".": return 75;
            case "{": return 70;
            case "*": case "/": case "%": return 60;
            case "+": case "-": case "&": return 50;
            case "=": case "!=": case "<": case "<=": case ">": case ">=": case "in": case "^": case "~>": case "?:": case "??": return 40;
            case "and": return 30;
            case "or": return 25;
            case "?": return 20;
            case ":=": return 10;
            default: return 0;
        }
    }

    private JsonAtaRawNode Expression(int rightBindingPower)
    {
        if (++_depth > JsonAtaParser.MaxDepth)
        {
            throw Error(JsonAtaSyntaxError.TooDeepCode, "The expression is nested more than " + JsonAtaParser.MaxDepth + " levels deep.", _node);
        }

        JsonAtaToken token = _node;
        Advance(null, true);
        JsonAtaRawNode left = Prefix(token);
        while (rightBindingPower < LeftBindingPower(_node))
        {
            token = _node;
            Advance(null, false);
            left = Infix(token, left);
        }

        _depth--;
        return left;
    }

    private JsonAtaRawNode Leaf(JsonAtaRawKind kind, JsonAtaToken token) => new(kind, token.Start, token.End) { Text = token.Text };

    private JsonAtaRawNode Finish(JsonAtaRawNode node, int start)
    {
        node.Start = start;
        node.End = _previousEnd > start ? _previousEnd : start;
        int depth = 0;
        Deepen(ref depth, node.Left);
        Deepen(ref depth, node.Right);
        Deepen(ref depth, node.Then);
        Deepen(ref depth, node.Else);
        if (node.Items is not null)
        {
            foreach (JsonAtaRawNode item in node.Items)
            {
                Deepen(ref depth, item);
            }
        }

        node.Depth = depth + 1;
        if (node.Depth > JsonAtaParser.MaxDepth)
        {
            throw Error(JsonAtaSyntaxError.TooDeepCode, "The expression is nested more than " + JsonAtaParser.MaxDepth + " levels deep.", node);
        }

        return node;
    }

    private static void Deepen(ref int depth, JsonAtaRawNode? child)
    {
        if (child is not null && child.Depth > depth)
        {
            depth = child.Depth;
        }
    }

    private JsonAtaRawNode Prefix(JsonAtaToken token)
    {
        switch (token.Kind)
        {
            case JsonAtaTokenKind.Name: return Leaf(JsonAtaRawKind.Name, token);
            case JsonAtaTokenKind.Variable: return Leaf(JsonAtaRawKind.Variable, token);
            case JsonAtaTokenKind.String: return Leaf(JsonAtaRawKind.String, token);
            case JsonAtaTokenKind.Number: return new JsonAtaRawNode(JsonAtaRawKind.Number, token.Start, token.End) { Text = token.Text, Number = token.Number };
            case JsonAtaTokenKind.Constant: return Leaf(JsonAtaRawKind.Constant, token);
            case JsonAtaTokenKind.Regex: return new JsonAtaRawNode(JsonAtaRawKind.Regex, token.Start, token.End) { Text = token.Text, Flags = token.Flags };
            case JsonAtaTokenKind.End: return new JsonAtaRawNode(JsonAtaRawKind.End, token.Start, token.End);
        }

        switch (token.Text)
        {
            case "and":
            case "or":
            case "in":
                return Leaf(JsonAtaRawKind.Word, token);
            case "-":
                return Negation(token);
            case "*":
                return Leaf(JsonAtaRawKind.Wildcard, token);
            case "**":
                return Leaf(JsonAtaRawKind.Descendant, token);
            case "%":
                return Leaf(JsonAtaRawKind.Parent, token);
            case "(":
                return Block(token);
            case "[":
                return ArrayConstructor(token);
            case "{":
                return ObjectConstructor(token);
            case "|":
                return Transform(token);
            default:
                throw Error("S0211", "'" + token.Text + "' cannot start an expression (it is not a prefix operator).", token);
        }
    }

    private List<JsonAtaRawNode> ObjectPairs()
    {
        var pairs = new List<JsonAtaRawNode>();
        if (!_node.Is("}"))
        {
            for (; ; )
            {
                pairs.Add(Expression(0));
                Advance(":", false);
                pairs.Add(Expression(0));
                if (!_node.Is(","))
                {
                    break;
                }

                Advance(",", false);
            }
        }

        Advance("}", true);
        return pairs;
    }

    private JsonAtaRawNode Infix(JsonAtaToken token, JsonAtaRawNode left)
    {
        // Only dispatch here: this frame is on the stack once per nesting level, so it holds no locals.
        switch (token.Text)
        {
            case "(":
                return Call(token, left);
            case "[":
                return PredicateOrKeepArray(token, left);
            case "^":
                return OrderBy(token, left);
            case "{":
                return GroupBy(token, left);
            case ":=":
                return Bind(token, left);
            case "@":
            case "#":
                return FocusOrIndex(token, left);
            case "?":
                return Conditional(token, left);
            case "?:":
            case "??":
                return Fallback(token, left);
            default:
                return BinaryOperator(token, left);
        }
    }

    private JsonAtaRawNode Negation(JsonAtaToken token)
    {
        var negate = new JsonAtaRawNode(JsonAtaRawKind.Negate, token.Start, token.End) { Left = Expression(70) };
        return Finish(negate, token.Start);
    }

    private JsonAtaRawNode Block(JsonAtaToken token)
    {
        var block = new JsonAtaRawNode(JsonAtaRawKind.Block, token.Start, token.End) { Items = new List<JsonAtaRawNode>() };
        while (!_node.Is(")"))
        {
            block.Items.Add(Expression(0));
            if (!_node.Is(";"))
            {
                break;
            }

            Advance(";", false);
        }

        Advance(")", true);
        return Finish(block, token.Start);
    }

    private JsonAtaRawNode ArrayConstructor(JsonAtaToken token)
    {
        var array = new JsonAtaRawNode(JsonAtaRawKind.Array, token.Start, token.End) { Items = new List<JsonAtaRawNode>() };
        if (!_node.Is("]"))
        {
            for (; ; )
            {
                JsonAtaRawNode item = Expression(0);
                if (_node.Is(".."))
                {
                    JsonAtaToken range = _node;
                    Advance("..", false);
                    var pair = new JsonAtaRawNode(JsonAtaRawKind.Binary, item.Start, range.End)
                    {
                        Operator = "..",
                        Left = item,
                        Right = Expression(0),
                        OperatorStart = range.Start,
                        OperatorEnd = range.End,
                    };
                    item = Finish(pair, item.Start);
                }

                array.Items.Add(item);
                if (!_node.Is(","))
                {
                    break;
                }

                Advance(",", false);
            }
        }

        Advance("]", true);
        return Finish(array, token.Start);
    }

    private JsonAtaRawNode ObjectConstructor(JsonAtaToken token)
    {
        var obj = new JsonAtaRawNode(JsonAtaRawKind.Object, token.Start, token.End) { Items = ObjectPairs() };
        return Finish(obj, token.Start);
    }

    private JsonAtaRawNode Transform(JsonAtaToken token)
    {
        var transform = new JsonAtaRawNode(JsonAtaRawKind.Transform, token.Start, token.End) { Left = Expression(0) };
        Advance("|", false);
        transform.Right = Expression(0);
        if (_node.Is(","))
        {
            Advance(",", false);
            transform.Else = Expression(0);
        }

        Advance("|", false);
        return Finish(transform, token.Start);
    }

    private JsonAtaRawNode PredicateOrKeepArray(JsonAtaToken token, JsonAtaRawNode left)
    {
        int start = left.Start;
        if (_node.Is("]"))
        {
            JsonAtaRawNode step = left;
            while (step.Kind == JsonAtaRawKind.Predicate)
            {
                step = step.Left!;
            }

            step.KeepArray = true;
            Advance("]", false);
            left.End = _previousEnd;
            return left;
        }

        var predicate = Operator(JsonAtaRawKind.Predicate, token, left);
        predicate.Right = Expression(0);
        Advance("]", true);
        return Finish(predicate, start);
    }

    private JsonAtaRawNode OrderBy(JsonAtaToken token, JsonAtaRawNode left)
    {
        int start = left.Start;
        var sort = Operator(JsonAtaRawKind.Sort, token, left);
        sort.Items = new List<JsonAtaRawNode>();
        sort.Descending = new List<bool>();
        Advance("(", false);
        for (; ; )
        {
            bool descending = false;
            if (_node.Is("<"))
            {
                Advance("<", false);
            }
            else if (_node.Is(">"))
            {
                descending = true;
                Advance(">", false);
            }

            sort.Items.Add(Expression(0));
            sort.Descending.Add(descending);
            if (!_node.Is(","))
            {
                break;
            }

            Advance(",", false);
        }

        Advance(")", false);
        return Finish(sort, start);
    }

    private JsonAtaRawNode GroupBy(JsonAtaToken token, JsonAtaRawNode left)
    {
        int start = left.Start;
        var group = Operator(JsonAtaRawKind.Group, token, left);
        group.Items = ObjectPairs();
        return Finish(group, start);
    }

    private JsonAtaRawNode Bind(JsonAtaToken token, JsonAtaRawNode left)
    {
        int start = left.Start;
        if (left.Kind != JsonAtaRawKind.Variable)
        {
            throw Error("S0212", "The left side of := must be a variable name that starts with $.", left);
        }

        var bind = Operator(JsonAtaRawKind.Bind, token, left);
        bind.Right = Expression(9);
        return Finish(bind, start);
    }

    private JsonAtaRawNode FocusOrIndex(JsonAtaToken token, JsonAtaRawNode left)
    {
        int start = left.Start;
        var binding = Operator(token.Text == "@" ? JsonAtaRawKind.Focus : JsonAtaRawKind.Index, token, left);
        binding.Right = Expression(80);
        if (binding.Right.Kind != JsonAtaRawKind.Variable)
        {
            throw Error("S0214", "The right side of '" + token.Text + "' must be a variable name that starts with $.", binding.Right);
        }

        return Finish(binding, start);
    }

    private JsonAtaRawNode Conditional(JsonAtaToken token, JsonAtaRawNode left)
    {
        int start = left.Start;
        var condition = Operator(JsonAtaRawKind.Condition, token, left);
        condition.Then = Expression(0);
        if (_node.Is(":"))
        {
            Advance(":", false);
            condition.Else = Expression(0);
        }

        return Finish(condition, start);
    }

    private JsonAtaRawNode Fallback(JsonAtaToken token, JsonAtaRawNode left)
    {
        int start = left.Start;
        var fallback = Operator(token.Text == "?:" ? JsonAtaRawKind.Elvis : JsonAtaRawKind.Coalesce, token, left);
        fallback.Else = Expression(0);
        return Finish(fallback, start);
    }

    private JsonAtaRawNode BinaryOperator(JsonAtaToken token, JsonAtaRawNode left)
    {
        int start = left.Start;
        var binary = Operator(JsonAtaRawKind.Binary, token, left);
        binary.Operator = token.Text;
        binary.Right = Expression(LeftBindingPower(token));
        return Finish(binary, start);
    }

    private static JsonAtaRawNode Operator(JsonAtaRawKind kind, JsonAtaToken token, JsonAtaRawNode left) =>
        new(kind, left.Start, token.End) { Left = left, OperatorStart = token.Start, OperatorEnd = token.End };

    private JsonAtaRawNode Call(JsonAtaToken open, JsonAtaRawNode procedure)
    {
        var call = Operator(JsonAtaRawKind.Call, open, procedure);
        call.Items = new List<JsonAtaRawNode>();
        if (!_node.Is(")"))
        {
            for (; ; )
            {
                if (_node.Is("?"))
                {
                    call.IsPartial = true;
                    call.Items.Add(Leaf(JsonAtaRawKind.Placeholder, _node));
                    Advance("?", false);
                }
                else
                {
                    call.Items.Add(Expression(0));
                }

                if (!_node.Is(","))
                {
                    break;
                }

                Advance(",", false);
            }
        }

        Advance(")", true);
        if (procedure.Kind != JsonAtaRawKind.Name || (procedure.Text != "function" && procedure.Text != "\u03BB"))
        {
            return Finish(call, procedure.Start);
        }

        for (int i = 0; i < call.Items.Count; i++)
        {
            if (call.Items[i].Kind != JsonAtaRawKind.Variable)
            {
                throw Error(
                    "S0208",
                    "Parameter " + (i + 1).ToString(CultureInfo.InvariantCulture) + " of the function definition must be a variable name that starts with $.",
                    call.Items[i]);
            }
        }

        var lambda = new JsonAtaRawNode(JsonAtaRawKind.Lambda, procedure.Start, _previousEnd)
        {
            Items = call.Items,
            OperatorStart = open.Start,
            OperatorEnd = open.End,
        };
        if (_node.Is("<"))
        {
            JsonAtaToken first = _node;
            var text = new StringBuilder("<");
            int depth = 1;
            while (depth > 0 && !_node.Is("{") && _node.Kind != JsonAtaTokenKind.End)
            {
                Advance(null, false);
                if (_node.Is(">"))
                {
                    depth--;
                }
                else if (_node.Is("<"))
                {
                    depth++;
                }

                text.Append(SignatureText(_node));
            }

            Advance(">", false);
            string signature = text.ToString();
            if (JsonAtaSignature.Parse(signature, out string? code, out int offset) is null)
            {
                string message = code == "S0401"
                    ? "A type parameter <...> can only follow the types a (array) and f (function) in the signature " + signature + "."
                    : code == "S0402"
                    ? "A choice of types (...) cannot hold a type parameter <...> in the signature " + signature + "."
                    : "A parameter of the signature " + signature + " has one modifier too many (only ? may follow - ? or +).";
                throw new JsonAtaParseException(code!, message, first.Start, _previousEnd);
            }

            lambda.Signature = signature;
        }

        Advance("{", false);
        lambda.Right = Expression(0);
        Advance("}", false);
        return Finish(lambda, procedure.Start);
    }

    /// <summary>How a token reads inside a signature: the reference rebuilds the signature from token values.</summary>
    private static string SignatureText(JsonAtaToken token)
    {
        switch (token.Kind)
        {
            case JsonAtaTokenKind.Number:
                return token.Number.ToString("R", CultureInfo.InvariantCulture);
            case JsonAtaTokenKind.Regex:
                return "/" + token.Text + "/g" + (token.Flags!.IndexOf('i') >= 0 ? "i" : "") + (token.Flags.IndexOf('m') >= 0 ? "m" : "");
            default:
                return token.Text;
        }
    }
}
