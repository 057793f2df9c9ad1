using System.Text;
using Microsoft.Build.Framework;
using Microsoft.CodeAnalysis.CSharp;

namespace StepGen.Build.Tests;

public sealed class WriteStateMachineFilesTests : IDisposable
{
    private const string SlackAsl = """
        {
          "Comment": "Grüße, \"quoted\" — 日本語 😀 C:\\temp\\x",
          "StartAt": "FirstStep",
          "States": {
            "FirstStep": {
              "Type": "Succeed"
            }
          }
        }
        """;

    private const string SlackIam = """
        {
          "Version": "2012-10-17",
          "Statement": []
        }
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void WritesBothFilesWithTheExactConstantText()
    {
        string assembly = Emit(Machine("SlackNotification", "SlackNotification", SlackAsl, SlackIam));
        string output = _temp.Combine("out");

        (bool ok, WriteStateMachineFiles task, FakeBuildEngine engine) = Run(assembly, output);

        Assert.True(ok, engine.Describe());
        Assert.Empty(engine.Errors);
        Assert.Empty(engine.Warnings);
        AssertFile(Path.Combine(output, "SlackNotification.asl.json"), SlackAsl);
        AssertFile(Path.Combine(output, "SlackNotification.iam.json"), SlackIam);
        Assert.Equal(2, Directory.GetFiles(output).Length);

        Assert.Collection(
            task.WrittenFiles,
            asl =>
            {
                Assert.Equal(Path.Combine(output, "SlackNotification.asl.json"), asl.ItemSpec);
                Assert.Equal("Asl", asl.GetMetadata("Kind"));
                Assert.Equal("SlackNotification", asl.GetMetadata("StateMachine"));
                Assert.Equal("Workflows.SlackNotification", asl.GetMetadata("StateMachineType"));
                Assert.Equal("true", asl.GetMetadata("Changed"));
            },
            iam =>
            {
                Assert.Equal(Path.Combine(output, "SlackNotification.iam.json"), iam.ItemSpec);
                Assert.Equal("IamPolicy", iam.GetMetadata("Kind"));
                Assert.Equal("true", iam.GetMetadata("Changed"));
            });

        Assert.Equal(2, engine.Messages.Count(m => m.Importance == MessageImportance.Normal));
    }

    [Fact]
    public void WritesTheMermaidFileBesideThem_FromTheMermaidConstant()
    {
        const string Diagram = "flowchart TD\n    s0((\"Start\"))\n    s1([\"Grüße 😀 #34;x#34;<br/>Succeed\"])\n    s0 --> s1\n";
        string assembly = Emit(Machine("SlackNotification", "SlackNotification", SlackAsl, SlackIam, mermaid: Diagram));
        string output = _temp.Combine("out");

        (bool ok, WriteStateMachineFiles task, FakeBuildEngine engine) = Run(assembly, output);

        Assert.True(ok, engine.Describe());
        Assert.Empty(engine.Warnings);
        AssertFile(Path.Combine(output, "SlackNotification.mmd"), Diagram);
        Assert.Equal(3, Directory.GetFiles(output).Length);
        ITaskItem mmd = Assert.Single(task.WrittenFiles, f => f.GetMetadata("Kind") == "Mermaid");
        Assert.Equal(Path.Combine(output, "SlackNotification.mmd"), mmd.ItemSpec);
        Assert.Equal("SlackNotification", mmd.GetMetadata("StateMachine"));
        Assert.Equal("true", mmd.GetMetadata("Changed"));

        // Unchanged on the next build, like the other two.
        var past = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(mmd.ItemSpec, past);
        (ok, task, engine) = Run(assembly, output);
        Assert.True(ok, engine.Describe());
        Assert.Equal(past, File.GetLastWriteTimeUtc(mmd.ItemSpec));
        Assert.Equal("false", Assert.Single(task.WrittenFiles, f => f.GetMetadata("Kind") == "Mermaid").GetMetadata("Changed"));
    }

    [Fact]
    public void AnAssemblyWithoutTheMermaidConstant_StillGetsItsAslAndIamFiles_AndNoMmd()
    {
        // A generator from before the constant, or a machine whose state class is named Mermaid; and a Mermaid
        // member that is not a string constant is not one either.
        string source = TestAssembly.AttributeSource + Machine("Old", "Old", "{}", "{}") + """
            namespace Workflows
            {
                [StepGen.StateMachine]
                public class Odd
                {
                    public const string Name = "Odd";
                    public const string Asl = "{}";
                    public const string IamPolicy = "{}";
                    public static readonly string Mermaid = "flowchart TD";
                }
            }
            """;
        string output = _temp.Combine("out");

        (bool ok, WriteStateMachineFiles task, FakeBuildEngine engine) = Run(TestAssembly.Emit(_temp.Path, "Consumer", source), output);

        Assert.True(ok, engine.Describe());
        Assert.Empty(engine.Warnings);
        Assert.Equal(new[] { "Odd.asl.json", "Odd.iam.json", "Old.asl.json", "Old.iam.json" }, Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(task.WrittenFiles, f => f.GetMetadata("Kind") == "Mermaid");
    }

    [Fact]
    public void UsesTheNameConstantNotTheClassName_AndFindsNestedAndGlobalClasses()
    {
        string source = TestAssembly.AttributeSource + """
            public static partial class Outer
            {
            """ + Machine("Inner", "renamed-machine", "{\"a\":1}", "{\"b\":2}", ns: null) + """
            }
            """ + Machine("TopLevel", "TopLevel", "{}", "{ }", ns: null);

        string assembly = TestAssembly.Emit(_temp.Path, "Consumer", source);
        string output = _temp.Combine("out");

        (bool ok, WriteStateMachineFiles task, FakeBuildEngine engine) = Run(assembly, output);

        Assert.True(ok, engine.Describe());
        AssertFile(Path.Combine(output, "renamed-machine.asl.json"), "{\"a\":1}");
        AssertFile(Path.Combine(output, "renamed-machine.iam.json"), "{\"b\":2}");
        AssertFile(Path.Combine(output, "TopLevel.asl.json"), "{}");
        AssertFile(Path.Combine(output, "TopLevel.iam.json"), "{ }");
        Assert.Contains(task.WrittenFiles, f => f.GetMetadata("StateMachineType") == "Outer.Inner");
    }

    [Fact]
    public void RecognisesTheAttributeWhenItComesFromAnotherAssembly()
    {
        string attributes = TestAssembly.Emit(_temp.Path, "StepGen.Attributes", TestAssembly.AttributeSource);
        string assembly = TestAssembly.Emit(
            _temp.Path,
            "Consumer",
            Machine("Remote", "Remote", "{\"x\":true}", "{}"),
            attributes);
        string output = _temp.Combine("out");

        (bool ok, _, FakeBuildEngine engine) = Run(assembly, output);

        Assert.True(ok, engine.Describe());
        AssertFile(Path.Combine(output, "Remote.asl.json"), "{\"x\":true}");
    }

    [Fact]
    public void IgnoresClassesThatAreNotCompleteStateMachines()
    {
        string source = TestAssembly.AttributeSource + """
            namespace Other
            {
                [System.AttributeUsage(System.AttributeTargets.Class)]
                public sealed class StateMachineAttribute : System.Attribute { }

                // Same attribute name, wrong namespace.
                [StateMachine]
                public class Impostor
                {
                    public const string Name = "Impostor";
                    public const string Asl = "{}";
                    public const string IamPolicy = "{}";
                }
            }

            namespace Workflows
            {
                // Right constants, no attribute.
                public class NotAMachine
                {
                    public const string Name = "NotAMachine";
                    public const string Asl = "{}";
                    public const string IamPolicy = "{}";
                }

                // Attribute but no IamPolicy constant (generator did not run).
                [StepGen.StateMachine]
                public class HalfGenerated
                {
                    public const string Name = "HalfGenerated";
                    public const string Asl = "{}";
                }

                // Attribute, but the members are not constants.
                [StepGen.StateMachine]
                public class NotConstants
                {
                    public static readonly string Name = "NotConstants";
                    public static string Asl => "{}";
                    public string IamPolicy = "{}";
                }

                // Attribute, constants of the wrong type or null.
                [StepGen.StateMachine]
                public class WrongTypes
                {
                    public const string Name = null;
                    public const int Asl = 1;
                    public const string IamPolicy = "{}";
                }
            }
            """;
        string assembly = TestAssembly.Emit(_temp.Path, "Consumer", source);
        string output = _temp.Combine("out");

        (bool ok, WriteStateMachineFiles task, FakeBuildEngine engine) = Run(assembly, output);

        Assert.True(ok, engine.Describe());
        Assert.Empty(task.WrittenFiles);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public void SecondRunWithTheSameContent_LeavesTheFilesUntouched()
    {
        string assembly = Emit(Machine("SlackNotification", "SlackNotification", SlackAsl, SlackIam));
        string output = _temp.Combine("out");
        Assert.True(Run(assembly, output).Ok);

        string aslPath = Path.Combine(output, "SlackNotification.asl.json");
        string iamPath = Path.Combine(output, "SlackNotification.iam.json");
        var past = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(aslPath, past);
        File.SetLastWriteTimeUtc(iamPath, past);

        (bool ok, WriteStateMachineFiles task, FakeBuildEngine engine) = Run(assembly, output);

        Assert.True(ok, engine.Describe());
        Assert.Equal(past, File.GetLastWriteTimeUtc(aslPath));
        Assert.Equal(past, File.GetLastWriteTimeUtc(iamPath));
        Assert.All(task.WrittenFiles, f => Assert.Equal("false", f.GetMetadata("Changed")));
        Assert.Equal(2, task.WrittenFiles.Length);
        Assert.DoesNotContain(engine.Messages, m => m.Importance == MessageImportance.Normal);
    }

    [Fact]
    public void ChangedContent_RewritesOnlyTheFileThatChanged()
    {
        string output = _temp.Combine("out");
        string first = Emit(Machine("M", "M", "{\"v\":1}", "{}"), "First");
        Assert.True(Run(first, output).Ok);

        string iamPath = Path.Combine(output, "M.iam.json");
        var past = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(iamPath, past);

        string second = Emit(Machine("M", "M", "{\"v\":2}", "{}"), "Second");
        (bool ok, WriteStateMachineFiles task, FakeBuildEngine engine) = Run(second, output);

        Assert.True(ok, engine.Describe());
        AssertFile(Path.Combine(output, "M.asl.json"), "{\"v\":2}");
        Assert.Equal(past, File.GetLastWriteTimeUtc(iamPath));
        Assert.Equal(new[] { "true", "false" }, task.WrittenFiles.Select(f => f.GetMetadata("Changed")));
        Assert.Single(engine.Messages, m => m.Importance == MessageImportance.Normal);
    }

    [Fact]
    public void ExistingFileWithABom_IsRewrittenWithoutOne()
    {
        string output = _temp.Combine("out");
        Directory.CreateDirectory(output);
        string aslPath = Path.Combine(output, "M.asl.json");
        File.WriteAllText(aslPath, "{}", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        (bool ok, _, FakeBuildEngine engine) = Run(Emit(Machine("M", "M", "{}", "{}")), output);

        Assert.True(ok, engine.Describe());
        AssertFile(aslPath, "{}");
    }

    [Fact]
    public void TwoMachinesWithTheSameName_FailWithSG5001NamingBothClasses()
    {
        string source = TestAssembly.AttributeSource
            + Machine("Billing", "Nightly", "{}", "{}", ns: "Team.A")
            + Machine("Reports", "Nightly", "{}", "{}", ns: "Team.B");
        string assembly = TestAssembly.Emit(_temp.Path, "Consumer", source);
        string output = _temp.Combine("out");

        (bool ok, WriteStateMachineFiles task, FakeBuildEngine engine) = Run(assembly, output);

        Assert.False(ok);
        BuildErrorEventArgs error = Assert.Single(engine.Errors);
        Assert.Equal("SG5001", error.Code);
        Assert.Contains("'Nightly'", error.Message);
        Assert.Contains("Team.A.Billing", error.Message);
        Assert.Contains("Team.B.Reports", error.Message);
        Assert.Contains("<Name>.mmd", error.Message);
        Assert.EndsWith("/docs/diagnostics/SG5001.md", error.HelpLink);
        Assert.Empty(task.WrittenFiles);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void NamesThatDifferOnlyInCase_AreDuplicates()
    {
        string source = TestAssembly.AttributeSource
            + Machine("First", "Nightly", "{}", "{}")
            + Machine("Second", "NIGHTLY", "{}", "{}");

        (bool ok, _, FakeBuildEngine engine) = Run(TestAssembly.Emit(_temp.Path, "Consumer", source), _temp.Combine("out"));

        Assert.False(ok);
        BuildErrorEventArgs error = Assert.Single(engine.Errors);
        Assert.Equal("SG5001", error.Code);
        Assert.Contains("'Nightly' and 'NIGHTLY'", error.Message);
    }

    [Theory]
    [InlineData("a/b", "'/'")]
    [InlineData("a\\\\b", "'\\'")]
    [InlineData("team:nightly", "':'")]
    [InlineData("what?", "'?'")]
    [InlineData("star*", "'*'")]
    [InlineData("quote\\\"d", "'\"'")]
    [InlineData("<x>", "'<'")]
    [InlineData("pipe|", "'|'")]
    [InlineData("tab\\there", "U+0009")]
    [InlineData("", "empty")]
    [InlineData("trailing.", "ends with a dot")]
    [InlineData("CON", "reserved device name")]
    [InlineData("lpt1.backup", "reserved device name")]
    public void NamesThatCannotBeFileNames_FailWithSG5002(string nameLiteralBody, string expectedReason)
    {
        // nameLiteralBody is the inside of a C# string literal, so escapes are written as in source.
        string source = TestAssembly.AttributeSource + $$"""
            namespace Workflows
            {
                [StepGen.StateMachine]
                public class Bad
                {
                    public const string Name = "{{nameLiteralBody}}";
                    public const string Asl = "{}";
                    public const string IamPolicy = "{}";
                }
            }
            """ + Machine("Good", "Good", "{}", "{}");
        string output = _temp.Combine("out");

        (bool ok, _, FakeBuildEngine engine) = Run(TestAssembly.Emit(_temp.Path, "Consumer", source), output);

        Assert.False(ok);
        BuildErrorEventArgs error = Assert.Single(engine.Errors);
        Assert.Equal("SG5002", error.Code);
        Assert.Contains("Workflows.Bad", error.Message);
        Assert.Contains(expectedReason, error.Message);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void OverlongName_FailsWithSG5002()
    {
        string name = new('n', 250);
        (bool ok, _, FakeBuildEngine engine) = Run(Emit(Machine("Long", name, "{}", "{}")), _temp.Combine("out"));

        Assert.False(ok);
        Assert.Equal("SG5002", Assert.Single(engine.Errors).Code);
    }

    [Fact]
    public void MissingAssembly_IsAnSG5000ErrorNotAnException()
    {
        (bool ok, _, FakeBuildEngine engine) = Run(_temp.Combine("nothing-here.dll"), _temp.Combine("out"));

        Assert.False(ok);
        BuildErrorEventArgs error = Assert.Single(engine.Errors);
        Assert.Equal("SG5000", error.Code);
        Assert.Contains("nothing-here.dll", error.Message);
    }

    [Fact]
    public void FileThatIsNotAnAssembly_IsAnSG5000ErrorNotAnException()
    {
        string path = _temp.Combine("garbage.dll");
        File.WriteAllText(path, "this is not a portable executable");

        (bool ok, _, FakeBuildEngine engine) = Run(path, _temp.Combine("out"));

        Assert.False(ok);
        Assert.Equal("SG5000", Assert.Single(engine.Errors).Code);
    }

    [Fact]
    public void UnwritableOutput_IsAnSG5000ErrorNotAnException()
    {
        string assembly = Emit(Machine("M", "M", "{}", "{}"));
        string blocker = _temp.Combine("a-file");
        File.WriteAllText(blocker, "x");

        // The output directory would have to be created below a regular file.
        (bool ok, _, FakeBuildEngine engine) = Run(assembly, Path.Combine(blocker, "out"));

        Assert.False(ok);
        Assert.Equal("SG5000", Assert.Single(engine.Errors).Code);
    }

    [Fact]
    public void TheAssemblyIsNeitherLoadedNorLocked()
    {
        string assembly = Emit(Machine("M", "M", "{}", "{}"), "NeverLoadedConsumer");

        Assert.True(Run(assembly, _temp.Combine("out")).Ok);

        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "NeverLoadedConsumer");
        File.WriteAllText(assembly, "overwritten");
        File.Delete(assembly);
    }

    private string Emit(string machineSource, string assemblyName = "Consumer") =>
        TestAssembly.Emit(_temp.Path, assemblyName, TestAssembly.AttributeSource + machineSource);

    private static (bool Ok, WriteStateMachineFiles Task, FakeBuildEngine Engine) Run(string assemblyPath, string outputDirectory)
    {
        var engine = new FakeBuildEngine();
        var task = new WriteStateMachineFiles
        {
            BuildEngine = engine,
            AssemblyPath = assemblyPath,
            OutputDirectory = outputDirectory,
        };
        bool ok = task.Execute();
        return (ok, task, engine);
    }

    /// <summary>C# for a class shaped like the generator's output; without <paramref name="mermaid"/>, like a generator from before that constant.</summary>
    private static string Machine(string className, string name, string asl, string iamPolicy, string? ns = "Workflows", string? mermaid = null)
    {
        string type = $$"""
            [StepGen.StateMachine(StartAt = "FirstStep")]
            public partial class {{className}}
            {
                public const string Name = {{Literal(name)}};
                public const string Asl = {{Literal(asl)}};
                public const string IamPolicy = {{Literal(iamPolicy)}};
                {{(mermaid is null ? string.Empty : "public const string Mermaid = " + Literal(mermaid) + ";")}}
            }

            """;
        return ns is null ? type : $"namespace {ns}\n{{\n{type}}}\n";
    }

    private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    private static void AssertFile(string path, string expected)
    {
        Assert.True(File.Exists(path), path + " was not written");
        byte[] bytes = File.ReadAllBytes(path);
        Assert.Equal(new UTF8Encoding(false).GetBytes(expected), bytes);
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "file starts with a BOM");
    }
}
