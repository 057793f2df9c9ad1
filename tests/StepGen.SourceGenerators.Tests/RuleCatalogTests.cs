using Microsoft.CodeAnalysis;
using StepGen.Asl.Problems;
using StepGen.SourceGenerators.Diagnostics;

namespace StepGen.SourceGenerators.Tests;

/// <summary>
/// The core's RuleCatalog (what `stepgen lint` prints) and the analyzers' descriptors (constants, for Roslyn's release
/// tracking) say the same of every rule: its title, its default severity and its page.
/// </summary>
public sealed class RuleCatalogTests
{
    [Fact]
    public void Every_descriptor_and_its_catalog_entry_agree()
    {
        Assert.Equal(DiagnosticDescriptors.All.Length, RuleCatalog.All.Count);
        foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
        {
            RuleInfo? rule = RuleCatalog.Get(descriptor.Id);
            Assert.True(rule is not null, descriptor.Id + " is not in RuleCatalog");
            Assert.Equal(descriptor.Title.ToString(), rule!.Title);
            Assert.Equal(Severity(descriptor.DefaultSeverity), rule.Severity);
            Assert.Equal(descriptor.HelpLinkUri, RuleCatalog.HelpLink(descriptor.Id));
        }
    }

    private static RuleSeverity Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => RuleSeverity.Error,
        DiagnosticSeverity.Warning => RuleSeverity.Warning,
        _ => RuleSeverity.Info,
    };
}
