namespace StepGen.Tool;

/// <summary>The help text.</summary>
internal static class Usage
{
    public const string Text = """
        stepgen: AWS Step Functions state machines, offline.

        Usage:
          stepgen run --definition DEF.asl.json [--input INPUT.json] [--mocks MOCKS.json --test-case NAME]
                      [--state-machine NAME] [--execution-name NAME] [--start-time ISO-8601]
                      [--substitution NAME=VALUE]... [--max-transitions N]
          stepgen jsonata EXPR [--input INPUT.json] [--bindings VARIABLES.json]
          stepgen lint PATH... [--format text|sarif|github] [--severity ID=LEVEL]... [--warnings-as-errors]
          stepgen iam FILE [--definition NAME]
          stepgen import FILE [--namespace N] [--class C] [--definition NAME]
          stepgen graph FILE [--definition NAME]

        run   Runs the definition in process on a virtual clock and prints one JSON object:
              {"status", "output", "error", "cause", "history"}. Tasks are answered by the test case of a
              Step Functions Local mock configuration (MOCKS.json). Exits 0 whenever the execution ran,
              whatever its status; 1 for bad arguments; 2 when the definition or mocks cannot run.

        jsonata  Evaluates the JSONata expression EXPR as Step Functions does (JSONata 2.x with the Step
              Functions functions $partition, $range, $hash, $random, $uuid and $parse, without $eval,
              which Step Functions leaves out) and prints one JSON object: {"result": VALUE},
              {"undefined": true} or {"error": {"code", "message"}}, exiting 0 for all three; 1 for bad
              arguments.
                --input FILE      the input document ($); default: none (undefined)
                --bindings FILE   a JSON object of variables, name (without $) to value

        lint  Checks every state machine definition under each PATH (a file or a folder) with the rules of
              StepGen's analyzers: *.asl.json, *.asl.yaml and JSON files with StartAt and States; CloudFormation
              and SAM templates (Definition, DefinitionString, DefinitionUri, short-form intrinsics); Terraform
              aws_sfn_state_machine definitions (heredoc, jsonencode, templatefile, file); cdk.out. Prints
              file(line,col): severity ID: message, at the file you edit, or SARIF 2.1.0 (--format sarif), or
              GitHub Actions annotations (--format github). Exits 0 when nothing failed; 1 for bad arguments;
              2 when a file cannot be read as a definition or template; 3 when a definition has an error (or a
              warning, with --warnings-as-errors). --severity SG4005=none (or error, warning, info; repeatable)
              sets a rule's severity for the run, as dotnet_diagnostic.SG4005.severity does for the analyzers.

        iam   Prints the least-privilege IAM policy StepGen derives for the definition in FILE, the one the
              generator writes for attributes; the warnings about it (SG4005) and the definition's errors go to
              stderr. A file with several state machines needs --definition NAME. Exits 0; 3 on an error.

        import  Writes the StepGen C# for the definition in FILE to stdout; building it generates the same ASL.
              What the attributes keep in another form is listed on stderr with its JSON path. A definition the
              attributes cannot hold (a state without a Type...) writes nothing and exits 2.
                --namespace N     the namespace of the class; default: none
                --class C         the class name; default: from the file or template resource name

        graph Prints the definition as a Mermaid flowchart (what a StepGen build writes to <Name>.mmd): every state,
              Choice rules labelled with their conditions, Catch edges, Parallel branches and Map processors as
              subgraphs. FILE is an ASL JSON file, or any source lint reads (YAML, a template, Terraform; one with
              several state machines needs --definition NAME). Exits 0; 1 for bad arguments; 2 for a file that is
              not a definition.

        Options of run:
          --definition FILE      the ASL definition (JSON)
          --input FILE           the execution input (JSON); default {}
          --mocks FILE           a mock configuration in the Step Functions Local format
          --test-case NAME       the test case of the mock configuration to use (required with --mocks)
          --state-machine NAME   the entry of the mock configuration, and the state machine's name in ARNs;
                                 default: the mock configuration's only entry, else the file name
          --execution-name NAME  $$.Execution.Name; default test-execution
          --start-time TIME      the virtual start time, ISO 8601; default 2026-01-01T00:00:00Z
          --substitution N=V     replaces ${N} in the definition with V first (repeat for each name), as
                                 DefinitionSubstitutions do; StepGen's .asl.json files use them
          --max-transitions N    stops a run after N state transitions as ABORTED; default 25000

        """;
}
