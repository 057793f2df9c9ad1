using System.Reflection;
using StepGen.Asl.Problems;

namespace StepGen.Asl.Tests.RuleCases;

/// <summary>Every rule ID has a Roslyn-free test here, named after it (issue 16): a new rule without one fails.</summary>
public sealed class RuleCoverageTests
{
    [Fact]
    public void Every_rule_has_a_test_named_after_its_ID()
    {
        string[] ids = typeof(Rules).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(id => id != Rules.InternalError)   // an internal failure: MachineCompiler turns any exception into it
            .ToArray();
        HashSet<string> tested = typeof(RuleCoverageTests).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(RuleCoverageTests).Namespace)
            .SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttributes<FactAttribute>().Any())
            .Select(m => m.Name.Split('_')[0])
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(ids);
        string[] untested = ids.Where(id => !tested.Contains(id)).ToArray();
        Assert.True(untested.Length == 0, "rules without a test named after them: " + string.Join(", ", untested));
    }
}
