namespace StepGen.Tool.Sources;

/// <summary>
/// A file that could not be read as a definition source, with where reading stopped: a file that is not JSON or YAML,
/// a template with no state machine, a <c>DefinitionUri</c> naming a missing file, a computed Terraform definition.
/// <see cref="Message"/> is a sentence without the file name (print it as <c>File(Line,Column): ...: Message</c>).
/// </summary>
internal sealed record SourceError(string File, FilePosition Position, string Message);
