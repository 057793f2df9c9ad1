using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StepGen.Package.Tests.Infrastructure;

namespace StepGen.Package.Tests;

/// <summary>
/// samples/Terraform and samples/Sam against what StepGen generates for samples/QuickStart: each sample is
/// copied, built into as its README says, parsed (the .tf files with HashiCorp's HCL parser, the SAM
/// template as JSON), and must deploy the generated definition and policy of the machine it names, with a
/// value for every substitution. In the package collection only so that its build of the src/ projects
/// never overlaps the collection's `dotnet pack` of the same projects; it does not need the package.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class DeploySampleTests : IClassFixture<DeploySamplesFixture>
{
    private const string SamTransform = "AWS::Serverless-2016-10-31";

    private readonly DeploySamplesFixture _fixture;
    private readonly ITestOutputHelper _output;

    public DeploySampleTests(DeploySamplesFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    public static TheoryData<string> Samples => new(DeploySamplesFixture.SampleNames);

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task ReadmeBuildCommand_WritesTheFilesIntoTheSample(string name)
    {
        DeploySample sample = await BuiltSampleAsync(name);
        IReadOnlyDictionary<string, GeneratedMachine> machines = await _fixture.GetMachinesAsync(_output);

        // Every machine of the QuickStart, byte for byte what the program prints (its generated constants).
        foreach (GeneratedMachine machine in machines.Values)
        {
            Assert.Equal(machine.Asl, ReadGenerated(sample, machine.Name + ".asl.json"));
            Assert.Equal(machine.IamPolicy, ReadGenerated(sample, machine.Name + ".iam.json"));
        }

        // The folder is the sample's own and ignored by git: generated files are never committed.
        string folder = Path.GetRelativePath(sample.Directory, sample.OutputDirectory).Replace('\\', '/');
        string gitignore = Path.Combine(RepositoryLayout.SamplesDirectory, name, ".gitignore");
        Assert.True(File.Exists(gitignore), gitignore + " is missing");
        Assert.Contains(folder.TrimEnd('/') + "/", File.ReadAllLines(gitignore));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Lint_FindsNothingWrong_InTheBuiltSample_ReadingTheMachineThroughItsTemplate(string name)
    {
        DeploySample sample = await BuiltSampleAsync(name);
        IReadOnlyDictionary<string, GeneratedMachine> machines = await _fixture.GetMachinesAsync(_output);

        (int code, string stdout, string stderr) = await LintAsync(sample.Directory);

        // Every machine once: the one main.tf or template.json deploys through the template, the others as files.
        Assert.True(code == 0, stdout + stderr);
        Assert.Contains($"{machines.Count} state machines checked: 0 errors, 0 warnings, 0 messages.", stdout);
    }

    /// <summary>stepgen lint over <paramref name="path"/>, through the tool's entry point.</summary>
    internal static async Task<(int Code, string Stdout, string Stderr)> LintAsync(string path)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = await StepGen.Tool.Program.RunAsync(new[] { "lint", path }, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Terraform_DeploysTheGeneratedDefinitionAndPolicy_ThroughTemplatefile()
    {
        Terraform tf = await TerraformAsync();
        GeneratedMachine machine = tf.Machine;

        // The machine's name is the one its generated policy names (arn:...:stateMachine:<Name>).
        Assert.Contains(":stateMachine:" + machine.Name + "\"", machine.IamPolicy);

        Assert.Equal(Path.Combine(tf.Sample.OutputDirectory, machine.Name + ".asl.json"), tf.Definition.Path);
        Assert.Equal(Path.Combine(tf.Sample.OutputDirectory, machine.Name + ".iam.json"), tf.Policy.Path);
        Assert.Equal(machine.Asl, Normalize(File.ReadAllText(tf.Definition.Path)));
        Assert.Equal(machine.IamPolicy, Normalize(File.ReadAllText(tf.Policy.Path)));

        // Both files filled from the same map, so the definition and the policy get the same values.
        Assert.Equal(tf.Definition.Variables, tf.Policy.Variables);

        // The role has the generated policy and nothing else.
        string role = TerraformReference(tf.StateMachine["role_arn"], "aws_iam_role", "arn");
        JsonObject roleBlock = Single(tf.Resources, "aws_iam_role", role);
        Assert.Null(roleBlock["managed_policy_arns"]);
        Assert.Null(roleBlock["inline_policy"]);
        Assert.Single(Blocks(tf.Resources, "aws_iam_role_policy"), p => IsReferenceTo(p.Block["role"], "aws_iam_role", role));
        Assert.DoesNotContain(Blocks(tf.Resources, "aws_iam_role_policy_attachment"), p => IsReferenceTo(p.Block["role"], "aws_iam_role", role));
        Assert.Contains("states.amazonaws.com", roleBlock["assume_role_policy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Terraform_TemplatefileVariables_SupplyEverySubstitution()
    {
        Terraform tf = await TerraformAsync();
        GeneratedMachine machine = tf.Machine;
        JsonObject variables = tf.Locals[tf.Definition.Variables]!.AsObject();

        Assert.Equal(machine.Substitutions.Order(StringComparer.Ordinal), variables.Select(v => v.Key).Order(StringComparer.Ordinal));

        // The names Terraform's own template parser finds in the files are exactly the substitutions.
        JsonNode templates = await JsTools.HclAsync(_output, "template", new[] { tf.Definition.Path, tf.Policy.Path });
        foreach (string file in new[] { tf.Definition.Path, tf.Policy.Path })
        {
            TemplateReading reading = ReadTemplate(file, templates[file]!.AsArray());
            Assert.True(reading.Problems.Count == 0, file + ":" + Environment.NewLine + string.Join(Environment.NewLine, reading.Problems));
            Assert.Subset(machine.Substitutions.ToHashSet(), reading.Variables.ToHashSet());
        }

        Assert.Equal(
            machine.Substitutions.Order(StringComparer.Ordinal),
            templates.AsObject().SelectMany(f => ReadTemplate(f.Key, f.Value!.AsArray()).Variables).Distinct().Order(StringComparer.Ordinal));

        // Each value comes from something the configuration declares: the HTTP task's connection from the
        // connection resource, the Lambda functions from variables (or functions) of the configuration.
        Dictionary<string, string> roles = SubstitutionRoles(machine);
        foreach ((string name, JsonNode? value) in variables)
        {
            string text = value!.GetValue<string>();
            Match reference = Regex.Match(text, @"^\$\{(?<root>var|data|[a-z0-9_]+)\.(?<rest>[A-Za-z0-9_.]+)\}$");
            Assert.True(reference.Success, $"{name} = {text}: expected one reference such as ${{var.x}} or ${{aws_x.y.arn}}");
            string root = reference.Groups["root"].Value;
            string[] rest = reference.Groups["rest"].Value.Split('.');
            switch (roles.GetValueOrDefault(name))
            {
                case "connection":
                    Assert.Equal("aws_cloudwatch_event_connection", root);
                    Assert.Equal("arn", rest[^1]);
                    break;
                case "function":
                    Assert.True(root is "var" or "aws_lambda_function", $"{name} = {text}: expected a variable or an aws_lambda_function");
                    break;
            }

            if (root == "var")
            {
                Assert.True(tf.Variables.ContainsKey(rest[0]), $"{name} = {text}: no variable \"{rest[0]}\"");
            }
            else if (root != "data")
            {
                Single(tf.Resources, root, rest[0]);
            }
        }
    }

    /// <summary>
    /// Terraform's templatefile reads ${...} and %{...} as template syntax and turns $${ and %%{ into ${ and
    /// %{: no generated file of the QuickStart may contain anything but ${Name} for its own substitutions.
    /// </summary>
    [Fact]
    public async Task EveryGeneratedFile_ReadsUnchangedThroughTemplatefile()
    {
        DeploySample sample = await BuiltSampleAsync("Terraform");
        IReadOnlyDictionary<string, GeneratedMachine> machines = await _fixture.GetMachinesAsync(_output);
        string[] files = machines.Keys.SelectMany(n => new[] { n + ".asl.json", n + ".iam.json" }).Select(f => Path.Combine(sample.OutputDirectory, f)).ToArray();

        JsonNode templates = await JsTools.HclAsync(_output, "template", files);
        foreach (string file in files)
        {
            TemplateReading reading = ReadTemplate(file, templates[file]!.AsArray());
            Assert.True(reading.Problems.Count == 0, file + ":" + Environment.NewLine + string.Join(Environment.NewLine, reading.Problems));
            string machine = Path.GetFileName(file).Split('.')[0];
            Assert.Subset(machines[machine].Substitutions.ToHashSet(), reading.Variables.ToHashSet());
        }
    }

    /// <summary>Guards the check above: directives, escapes and other interpolations must be reported.</summary>
    [Fact]
    public async Task TemplatefileCheck_ReportsTemplateSyntaxOtherThanSubstitutions()
    {
        string directory = Path.Combine(_fixture.WorkRoot, "template-control");
        Directory.CreateDirectory(directory);
        var cases = new Dictionary<string, string>
        {
            ["escape.json"] = """{ "a": "$${NotASubstitution}" }""",
            ["percent.json"] = """{ "a": "%%{ if x }" }""",
            ["traversal.json"] = """{ "a": "${var.x}" }""",
            ["function.json"] = """{ "a": "${upper(x)}" }""",
            ["directive.json"] = """{ "a": "%{ for x in y }${x}%{ endfor }" }""",
        };
        foreach ((string file, string text) in cases)
        {
            File.WriteAllText(Path.Combine(directory, file), text);
        }

        string[] paths = cases.Keys.Select(f => Path.Combine(directory, f)).ToArray();
        JsonNode templates = await JsTools.HclAsync(_output, "template", paths);
        foreach (string path in paths)
        {
            TemplateReading reading = ReadTemplate(path, templates[path]!.AsArray());
            Assert.True(reading.Problems.Count > 0, Path.GetFileName(path) + " passed the templatefile check");
        }

        // A directive that does not close does not even parse.
        string broken = Path.Combine(directory, "unclosed.json");
        File.WriteAllText(broken, """{ "a": "%{ if x }" }""");
        CommandResult result = await JsTools.RunHclAsync(_output, "template", new[] { broken });
        _output.WriteLine(result.ToString());
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("endif", result.Output);
    }

    [Fact]
    public async Task Sam_DeploysTheGeneratedDefinition_WithEverySubstitution()
    {
        Sam sam = await SamAsync();
        GeneratedMachine machine = sam.Machine;

        JsonNode transform = sam.Template["Transform"] ?? throw new Xunit.Sdk.XunitException("template.json has no Transform: it is not a SAM template");
        Assert.Contains(SamTransform, transform is JsonArray list ? list.Select(t => t!.GetValue<string>()) : new[] { transform.GetValue<string>() });
        Assert.Equal(machine.Name, sam.Properties["Name"]!.GetValue<string>());

        // DefinitionUri is read from the template's folder, as `sam deploy` reads it.
        string uri = sam.Properties["DefinitionUri"]!.GetValue<string>();
        Assert.False(Path.IsPathRooted(uri), "DefinitionUri must be relative to the template");
        string definition = Path.GetFullPath(Path.Combine(sam.Sample.Directory, uri));
        Assert.Equal(Path.Combine(sam.Sample.OutputDirectory, machine.Name + ".asl.json"), definition);
        Assert.Equal(machine.Asl, Normalize(File.ReadAllText(definition)));

        JsonObject substitutions = sam.Properties["DefinitionSubstitutions"]!.AsObject();
        Assert.Equal(machine.Substitutions.Order(StringComparer.Ordinal), substitutions.Select(s => s.Key).Order(StringComparer.Ordinal));
        Assert.Equal(machine.Substitutions.Order(StringComparer.Ordinal), Placeholders(machine.Asl).Concat(Placeholders(machine.IamPolicy)).Distinct().Order(StringComparer.Ordinal));

        Dictionary<string, string> roles = SubstitutionRoles(machine);
        JsonObject parameters = sam.Template["Parameters"]?.AsObject() ?? new JsonObject();
        foreach ((string name, JsonNode? value) in substitutions)
        {
            if (value?["Ref"] is JsonValue reference)
            {
                string target = reference.GetValue<string>();
                Assert.True(parameters.ContainsKey(target) || sam.Resources.ContainsKey(target), $"{name}: Ref {target} names no parameter or resource");
                Assert.NotEqual("connection", roles.GetValueOrDefault(name));
            }
            else
            {
                // A connection's secret is its SecretArn attribute; everything else is an Arn.
                bool secret = roles.GetValueOrDefault(name) == "connection secret";
                string resource = GetAtt(value, secret ? "SecretArn" : "Arn") ?? throw new Xunit.Sdk.XunitException($"{name}: expected a Ref or an Fn::GetAtt of an {(secret ? "SecretArn" : "Arn")}, found {value?.ToJsonString()}");
                string type = sam.Resources[resource]?["Type"]?.GetValue<string>() ?? throw new Xunit.Sdk.XunitException($"{name}: no resource {resource}");
                if (roles.GetValueOrDefault(name) is "connection" or "connection secret")
                {
                    Assert.Equal("AWS::Events::Connection", type);
                }
            }
        }
    }

    [Fact]
    public async Task Sam_RolePolicy_IsTheGeneratedPolicy()
    {
        Sam sam = await SamAsync();
        GeneratedMachine machine = sam.Machine;
        Assert.Null(sam.Properties["Policies"]);

        string roleId = GetAttArn(sam.Properties["Role"]) ?? throw new Xunit.Sdk.XunitException("Role must be Fn::GetAtt [<role>, Arn]");
        JsonNode role = sam.Resources[roleId] ?? throw new Xunit.Sdk.XunitException("no resource " + roleId);
        Assert.Equal("AWS::IAM::Role", role["Type"]!.GetValue<string>());
        JsonObject roleProperties = role["Properties"]!.AsObject();
        Assert.Contains("states.amazonaws.com", roleProperties["AssumeRolePolicyDocument"]!.ToJsonString());
        Assert.Null(roleProperties["ManagedPolicyArns"]);

        // The only inline policy, with the values of DefinitionSubstitutions put back as ${Name}, is the
        // generated .iam.json that sits next to the definition.
        JsonNode policy = Assert.Single(roleProperties["Policies"]!.AsArray())!;
        Assert.Equal(machine.Name, policy["PolicyName"]!.GetValue<string>());
        var problems = new List<string>();
        JsonNode restored = Unsubstitute(
            policy["PolicyDocument"]!,
            sam.Properties["DefinitionSubstitutions"]!.AsObject(),
            sam.Template["Parameters"]?.AsObject() ?? new JsonObject(),
            problems);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));

        string generatedFile = Path.Combine(sam.Sample.OutputDirectory, machine.Name + ".iam.json");
        Assert.Equal(machine.IamPolicy, Normalize(File.ReadAllText(generatedFile)));
        JsonNode generated = JsonNode.Parse(File.ReadAllText(generatedFile))!;
        Assert.True(
            JsonNode.DeepEquals(generated, restored),
            "template.json's policy is not the generated one; run the README's InlinePolicy.cs step." + Environment.NewLine
            + "generated:" + Environment.NewLine + generated.ToJsonString() + Environment.NewLine
            + "in the template:" + Environment.NewLine + restored.ToJsonString());
    }

    /// <summary>
    /// The README's step that copies the policy in: on the template with the policy removed, it must
    /// write back the committed template byte for byte (so the committed one is its current output), and
    /// it must refuse a template that leaves a substitution without a value.
    /// </summary>
    [Fact]
    public async Task Sam_InlinePolicyStep_WritesTheCommittedTemplate()
    {
        DeploySample sample = await BuiltSampleAsync("Sam");
        string committed = File.ReadAllText(Path.Combine(RepositoryLayout.SamplesDirectory, "Sam", "template.json"));
        // Beside the sample's template (DefinitionUri is relative to it), which the other tests read.
        string template = Path.Combine(sample.Directory, "inline-policy-test.json");
        string tool = Path.Combine(RepositoryLayout.SamplesDirectory, "Sam", "InlinePolicy.cs");

        JsonObject stripped = JsonNode.Parse(committed)!.AsObject();
        foreach ((_, JsonNode? resource) in stripped["Resources"]!.AsObject())
        {
            if (resource!["Type"]!.GetValue<string>() == "AWS::IAM::Role")
            {
                resource["Properties"]!["Policies"] = new JsonArray();
            }
        }

        File.WriteAllText(template, stripped.ToJsonString());
        CommandResult run = await CommandRunner.DotnetAsync(sample.Directory, "run", tool, "--", template);
        _output.WriteLine(run.ToString());
        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal(committed, File.ReadAllText(template));

        JsonObject incomplete = JsonNode.Parse(committed)!.AsObject();
        JsonObject stateMachine = incomplete["Resources"]!.AsObject()
            .Single(r => r.Value!["Type"]!.GetValue<string>() == "AWS::Serverless::StateMachine").Value!["Properties"]!.AsObject();
        string dropped = stateMachine["DefinitionSubstitutions"]!.AsObject().First().Key;
        stateMachine["DefinitionSubstitutions"]!.AsObject().Remove(dropped);
        File.WriteAllText(template, incomplete.ToJsonString());
        CommandResult refused = await CommandRunner.DotnetAsync(sample.Directory, "run", tool, "--", template);
        _output.WriteLine(refused.ToString());
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains(dropped, refused.Output);
    }

    // ---- Terraform ---------------------------------------------------------------------------------

    private sealed record TemplatefileCall(string Path, string Variables);

    private sealed record Terraform(
        DeploySample Sample,
        GeneratedMachine Machine,
        JsonObject Resources,
        JsonObject Locals,
        JsonObject Variables,
        JsonObject StateMachine,
        TemplatefileCall Definition,
        TemplatefileCall Policy);

    private sealed record TemplateReading(IReadOnlyList<string> Variables, IReadOnlyList<string> Problems);

    private Task<Terraform> TerraformAsync() => _fixture.GetOrAddAsync("terraform", _output, ReadTerraformAsync);

    private async Task<Terraform> ReadTerraformAsync()
    {
        DeploySample sample = await BuiltSampleAsync("Terraform");
        IReadOnlyDictionary<string, GeneratedMachine> machines = await _fixture.GetMachinesAsync(_output);

        string[] files = Directory.GetFiles(sample.Directory, "*.tf").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);
        JsonObject parsed = (await JsTools.HclAsync(_output, "config", files)).AsObject();

        var resources = new JsonObject();
        var locals = new JsonObject();
        var variables = new JsonObject();
        foreach ((_, JsonNode? file) in parsed)
        {
            foreach ((string type, JsonNode? byName) in file?["resource"]?.AsObject() ?? new JsonObject())
            {
                JsonObject into = resources[type] as JsonObject ?? new JsonObject();
                resources[type] = into;
                foreach ((string name, JsonNode? blocks) in byName!.AsObject())
                {
                    Assert.False(into.ContainsKey(name), $"resource {type}.{name} is declared twice");
                    into[name] = blocks!.DeepClone();
                }
            }

            foreach (JsonNode? block in file?["locals"]?.AsArray() ?? new JsonArray())
            {
                foreach ((string name, JsonNode? value) in block!.AsObject())
                {
                    locals[name] = value?.DeepClone();
                }
            }

            foreach ((string name, JsonNode? value) in file?["variable"]?.AsObject() ?? new JsonObject())
            {
                variables[name] = value?.DeepClone();
            }
        }

        (string machineName, JsonObject stateMachine) = Assert.Single(Blocks(resources, "aws_sfn_state_machine"));
        string deployed = stateMachine["name"]!.GetValue<string>();
        Assert.True(machines.ContainsKey(deployed), $"aws_sfn_state_machine.{machineName} deploys \"{deployed}\", which is not a QuickStart machine ({string.Join(", ", machines.Keys)})");

        string role = TerraformReference(stateMachine["role_arn"], "aws_iam_role", "arn");
        (_, JsonObject policy) = Assert.Single(Blocks(resources, "aws_iam_role_policy"), p => IsReferenceTo(p.Block["role"], "aws_iam_role", role));

        IReadOnlyList<TemplatefileCall> calls = await TemplatefileCallsAsync(new[] { stateMachine["definition"], policy["policy"] }, sample.Directory, locals);
        return new Terraform(sample, machines[deployed], resources, locals, variables, stateMachine, calls[0], calls[1]);
    }

    /// <summary>
    /// Attributes whose value is <c>templatefile("&lt;path&gt;", local.&lt;map&gt;)</c>, parsed by the HCL
    /// parser; the path may use <c>path.module</c> and string locals, which are resolved here.
    /// </summary>
    private async Task<IReadOnlyList<TemplatefileCall>> TemplatefileCallsAsync(IReadOnlyList<JsonNode?> attributes, string moduleDirectory, JsonObject locals)
    {
        var expressions = new List<string>();
        foreach (JsonNode? attribute in attributes)
        {
            string text = attribute?.GetValue<string>() ?? throw new Xunit.Sdk.XunitException("attribute missing");
            Assert.True(text.StartsWith("${", StringComparison.Ordinal) && text.EndsWith('}'), "not an expression: " + text);
            expressions.Add(text[2..^1]);
        }

        // One parser run for the calls and every string local that interpolates (a path may go through them).
        var stringLocals = locals.Where(l => l.Value is JsonValue v && v.TryGetValue(out string? s) && s.Contains("${", StringComparison.Ordinal)).Select(l => l.Key).ToList();
        expressions.AddRange(stringLocals.Select(l => "\"" + locals[l]!.GetValue<string>() + "\""));
        JsonArray trees = (await JsTools.HclAsync(_output, "expression", expressions)).AsArray();
        var localTrees = stringLocals.Select((l, i) => (l, trees[attributes.Count + i]!)).ToDictionary(p => p.l, p => p.Item2);

        var calls = new List<TemplatefileCall>();
        for (int i = 0; i < attributes.Count; i++)
        {
            JsonNode call = trees[i]!;
            Assert.Equal("function", call["type"]!.GetValue<string>());
            Assert.Equal("templatefile", call["meta"]!["name"]!.GetValue<string>());
            JsonArray arguments = call["children"]!.AsArray();
            Assert.Equal(2, arguments.Count);

            string path = Evaluate(arguments[0]!, moduleDirectory, locals, localTrees);
            JsonNode map = arguments[1]!;
            string accessor = map["meta"]?["fullAccessor"]?.GetValue<string>() ?? string.Empty;
            Assert.True(map["type"]!.GetValue<string>() == "scopeTraversal" && accessor.StartsWith("local.", StringComparison.Ordinal), "templatefile's variables should be a local map, found " + map.ToJsonString());
            string local = accessor["local.".Length..];
            Assert.True(locals[local] is JsonObject, $"local.{local} is not a map");
            calls.Add(new TemplatefileCall(Path.GetFullPath(path), local));
        }

        return calls;
    }

    private static string Evaluate(JsonNode tree, string moduleDirectory, JsonObject locals, IReadOnlyDictionary<string, JsonNode> localTrees)
    {
        switch (tree["type"]!.GetValue<string>())
        {
            case "literalValue":
                return tree["meta"]!["value"]!.GetValue<string>();
            case "template":
                return string.Concat(tree["children"]!.AsArray().Select(c => Evaluate(c!, moduleDirectory, locals, localTrees)));
            case "scopeTraversal":
                string accessor = tree["meta"]!["fullAccessor"]!.GetValue<string>();
                if (accessor == "path.module")
                {
                    return moduleDirectory;
                }

                if (accessor.StartsWith("local.", StringComparison.Ordinal))
                {
                    string name = accessor["local.".Length..];
                    return localTrees.TryGetValue(name, out JsonNode? local)
                        ? Evaluate(local, moduleDirectory, locals, localTrees)
                        : locals[name]?.GetValue<string>() ?? throw new Xunit.Sdk.XunitException("no local " + name);
                }

                throw new Xunit.Sdk.XunitException("the path uses " + accessor + "; only path.module and locals are resolved by this test");
            default:
                throw new Xunit.Sdk.XunitException("cannot resolve " + tree.ToJsonString());
        }
    }

    /// <summary>
    /// The parts hcl.js found in a file read as templatefile reads it. Only text and ${Name} may occur, the
    /// text must hold no escape ($${ or %%{, which templatefile would shorten), and the parts put back
    /// together must be the file (plus the newline the heredoc adds).
    /// </summary>
    private static TemplateReading ReadTemplate(string file, JsonArray parts)
    {
        var variables = new List<string>();
        var problems = new List<string>();
        var rebuilt = new System.Text.StringBuilder();
        foreach (JsonNode? part in parts)
        {
            if (part?["text"] is JsonValue text)
            {
                string value = text.GetValue<string>();
                foreach (string escape in new[] { "$${", "%%{" })
                {
                    if (value.Contains(escape, StringComparison.Ordinal))
                    {
                        problems.Add($"{escape} would become {escape[1..]}");
                    }
                }

                rebuilt.Append(value);
            }
            else if (part?["variable"] is JsonValue variable)
            {
                variables.Add(variable.GetValue<string>());
                rebuilt.Append("${").Append(variable.GetValue<string>()).Append('}');
            }
            else
            {
                problems.Add("template syntax that is not a substitution: " + part?.ToJsonString());
            }
        }

        if (problems.Count == 0 && rebuilt.ToString() != File.ReadAllText(file) + "\n")
        {
            problems.Add("the parts put together differ from the file");
        }

        return new TemplateReading(variables, problems);
    }

    private static IEnumerable<(string Name, JsonObject Block)> Blocks(JsonObject resources, string type) =>
        (resources[type]?.AsObject() ?? new JsonObject()).Select(r => (r.Key, Assert.Single(r.Value!.AsArray())!.AsObject()));

    private static JsonObject Single(JsonObject resources, string type, string name)
    {
        JsonArray blocks = resources[type]?[name]?.AsArray() ?? throw new Xunit.Sdk.XunitException($"no resource \"{type}\" \"{name}\"");
        return Assert.Single(blocks)!.AsObject();
    }

    /// <summary>The name in <c>${type.name.attribute}</c>.</summary>
    private static string TerraformReference(JsonNode? value, string type, string attribute)
    {
        string text = value?.GetValue<string>() ?? string.Empty;
        Match match = Regex.Match(text, @"^\$\{" + Regex.Escape(type) + @"\.(?<name>[A-Za-z0-9_-]+)\." + Regex.Escape(attribute) + @"\}$");
        Assert.True(match.Success, $"expected ${{{type}.<name>.{attribute}}}, found {text}");
        return match.Groups["name"].Value;
    }

    private static bool IsReferenceTo(JsonNode? value, string type, string name) =>
        value is JsonValue v && v.TryGetValue(out string? text) && Regex.IsMatch(text, @"^\$\{" + Regex.Escape(type + "." + name) + @"\.(id|name|arn)\}$");

    // ---- SAM ---------------------------------------------------------------------------------------

    private sealed record Sam(DeploySample Sample, GeneratedMachine Machine, JsonObject Template, JsonObject Resources, JsonObject Properties);

    private async Task<Sam> SamAsync()
    {
        DeploySample sample = await BuiltSampleAsync("Sam");
        IReadOnlyDictionary<string, GeneratedMachine> machines = await _fixture.GetMachinesAsync(_output);

        string path = Path.Combine(sample.Directory, "template.json");
        JsonObject template = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        JsonObject resources = template["Resources"]!.AsObject();
        JsonNode stateMachine = Assert.Single(resources, r => r.Value?["Type"]?.GetValue<string>() == "AWS::Serverless::StateMachine").Value!;
        JsonObject properties = stateMachine["Properties"]!.AsObject();
        string name = properties["Name"]?.GetValue<string>() ?? throw new Xunit.Sdk.XunitException("the state machine needs Name: the generated policy names the machine");
        Assert.True(machines.ContainsKey(name), $"template.json deploys \"{name}\", which is not a QuickStart machine ({string.Join(", ", machines.Keys)})");
        return new Sam(sample, machines[name], template, resources, properties);
    }

    /// <summary>The resource of <c>{ "Fn::GetAtt": [id, "Arn"] }</c> (or <c>"id.Arn"</c>).</summary>
    private static string? GetAttArn(JsonNode? value) => GetAtt(value, "Arn");

    /// <summary>The resource of an <c>Fn::GetAtt</c> of <paramref name="attribute"/> (either form), or null.</summary>
    private static string? GetAtt(JsonNode? value, string attribute) => value is JsonObject { Count: 1 } obj ? obj["Fn::GetAtt"] switch
    {
        JsonArray { Count: 2 } pair when pair[1]?.GetValue<string>() == attribute => pair[0]?.GetValue<string>(),
        JsonValue text when text.GetValue<string>().EndsWith("." + attribute, StringComparison.Ordinal) => text.GetValue<string>()[..^(attribute.Length + 1)],
        _ => null,
    } : null;

    /// <summary>
    /// The policy document as StepGen wrote it: a value of DefinitionSubstitutions becomes <c>${Name}</c>
    /// again, an <c>Fn::Sub</c> its string, after checking that every name in it gets the value
    /// DefinitionSubstitutions gives (from the Fn::Sub's own variables, or from the parameter of that name).
    /// </summary>
    private static JsonNode Unsubstitute(JsonNode node, JsonObject substitutions, JsonObject parameters, List<string> problems)
    {
        switch (node)
        {
            case JsonObject { Count: 1 } sub when sub["Fn::Sub"] is not null:
                (string text, JsonObject own) = sub["Fn::Sub"] switch
                {
                    JsonValue s => (s.GetValue<string>(), new JsonObject()),
                    JsonArray { Count: 2 } pair => (pair[0]!.GetValue<string>(), pair[1]!.AsObject()),
                    _ => throw new Xunit.Sdk.XunitException("unexpected Fn::Sub " + sub.ToJsonString()),
                };
                foreach (string name in Placeholders(text))
                {
                    JsonNode? expected = substitutions[name];
                    JsonNode? actual = own.ContainsKey(name)
                        ? own[name]
                        : parameters.ContainsKey(name) ? new JsonObject { ["Ref"] = name } : null;
                    if (expected is null || !JsonNode.DeepEquals(expected, actual))
                    {
                        problems.Add($"{sub.ToJsonString()}: ${{{name}}} is {actual?.ToJsonString() ?? "unresolved"} here but {expected?.ToJsonString() ?? "missing"} in DefinitionSubstitutions");
                    }
                }

                return JsonValue.Create(text);

            case JsonObject obj:
                string[] matches = substitutions.Where(s => JsonNode.DeepEquals(s.Value, obj)).Select(s => s.Key).ToArray();
                if (matches.Length == 1)
                {
                    return JsonValue.Create("${" + matches[0] + "}");
                }

                if (matches.Length > 1)
                {
                    problems.Add($"{obj.ToJsonString()} is the value of {string.Join(" and ", matches)}: ambiguous");
                }

                var copy = new JsonObject();
                foreach ((string key, JsonNode? value) in obj)
                {
                    copy[key] = value is null ? null : Unsubstitute(value, substitutions, parameters, problems);
                }

                return copy;

            case JsonArray array:
                return new JsonArray(array.Select(item => item is null ? null : Unsubstitute(item, substitutions, parameters, problems)).ToArray());

            default:
                return node.DeepClone();
        }
    }

    // ---- shared ------------------------------------------------------------------------------------

    private async Task<DeploySample> BuiltSampleAsync(string name)
    {
        DeploySample sample = await _fixture.GetSampleAsync(name, _output);
        Assert.True(sample.Build.Succeeded, $"the README's build for samples/{name} failed:" + Environment.NewLine + sample.Build);
        return sample;
    }

    private static string ReadGenerated(DeploySample sample, string fileName)
    {
        string path = Path.Combine(sample.OutputDirectory, fileName);
        Assert.True(File.Exists(path), path + " was not written by the README's build command");
        return Normalize(File.ReadAllText(path));
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    private static IEnumerable<string> Placeholders(string text) =>
        Regex.Matches(text, @"\$\{([^}]+)\}").Select(m => m.Groups[1].Value);

    /// <summary>
    /// What each substitution of a machine stands for, read from the ASL: "connection" when it is an HTTP
    /// task's Authentication.ConnectionArn, "function" when it is a Lambda task's FunctionName or Resource.
    /// </summary>
    private static Dictionary<string, string> SubstitutionRoles(GeneratedMachine machine)
    {
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        void Visit(JsonNode? node, string? parentKey)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach ((string key, JsonNode? value) in obj)
                    {
                        if (value is JsonValue v && v.TryGetValue(out string? text) && Regex.Match(text, @"^\$\{([^}]+)\}$") is { Success: true } m)
                        {
                            if (key == "ConnectionArn" && parentKey is "Authentication" or "InvocationConfig")
                            {
                                roles[m.Groups[1].Value] = "connection";
                                // docs/iam.md: the policy reads the secret of ${XArn} as ${XSecretArn}.
                                roles[Regex.Replace(m.Groups[1].Value, "(?i)arn$", string.Empty) + "SecretArn"] = "connection secret";
                            }
                            else if (key == "FunctionName" || (key == "Resource" && !text.StartsWith("arn:aws:states:::", StringComparison.Ordinal)))
                            {
                                roles[m.Groups[1].Value] = "function";
                            }
                        }

                        Visit(value, key);
                    }

                    break;
                case JsonArray array:
                    foreach (JsonNode? item in array)
                    {
                        Visit(item, parentKey);
                    }

                    break;
            }
        }

        Visit(JsonNode.Parse(machine.Asl), null);
        return roles;
    }
}
