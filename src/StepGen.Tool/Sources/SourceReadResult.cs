using System.Collections.Generic;

namespace StepGen.Tool.Sources;

/// <summary>What <see cref="DefinitionSources.Read"/> found under one path: the definitions and the files it could not read.</summary>
internal sealed record SourceReadResult(IReadOnlyList<FoundDefinition> Definitions, IReadOnlyList<SourceError> Errors);
