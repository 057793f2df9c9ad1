using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Running;

namespace StepGen.Benchmarks;

/// <summary>
/// Runs the suite with BenchmarkDotNet's command line, e.g. <c>--filter '*'</c> for everything, <c>--job short</c> for a
/// quick first look (3 iterations; too few for final figures), <c>--list flat</c> to see the cases.
/// <c>--check [N...]</c> only runs every benchmark's setup and guards once (seconds, no measurement);
/// <c>--jsonata-probe [runs]</c> splits each JSONata case's time into input conversion, evaluation and result conversion;
/// <c>--steps [N]</c> prints, per tracked step, how each incremental run ended (Cached, Unchanged, Modified, New), with one-shot times;
/// <c>--breakdown [N]</c> splits a cold run's time and allocations into attribute binding, reading and compiling.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--check")
        {
            int[] sizes = args.Length > 1 ? args.Skip(1).Select(int.Parse).ToArray() : new[] { 50, 200, 1000 };
            foreach (int n in sizes)
            {
                var stopwatch = Stopwatch.StartNew();
                var benchmarks = new GeneratorBenchmarks { N = n };
                benchmarks.SetupEdits();
                benchmarks.SetupAnalyzers();
                var cold = new ColdBenchmarks { N = n };
                cold.SetupCold();
                cold.SetupJson();
                Console.WriteLine($"N = {n}: every guard holds ({stopwatch.Elapsed.TotalSeconds:F1} s)");
            }

            return 0;
        }

        if (args.Length > 0 && args[0] == "--jsonata-probe")
        {
            JsonAtaBenchmarks.Probe(args.Length > 1 ? int.Parse(args[1]) : 200);
            return 0;
        }

        if (args.Length > 0 && args[0] == "--steps")
        {
            int n = args.Length > 1 ? int.Parse(args[1]) : 200;
            Workload.PrintSteps(n);
            return 0;
        }

        if (args.Length > 2 && args[0] == "--repeat")
        {
            // For a profiler (dotnet-trace collect -- ...): one case, many times, no BenchmarkDotNet in the way.
            Type type = typeof(GeneratorBenchmarks).GetMethod(args[1]) is not null ? typeof(GeneratorBenchmarks) : typeof(ColdBenchmarks);
            object benchmarks = Activator.CreateInstance(type)!;
            type.GetProperty("N")!.SetValue(benchmarks, int.Parse(args[2]));
            MethodInfo method = type.GetMethod(args[1]) ?? throw new ArgumentException($"no benchmark {args[1]}");
            MethodInfo[] Setups<T>() where T : BenchmarkDotNet.Attributes.TargetedAttribute => type.GetMethods()
                .Where(m => m.GetCustomAttribute<T>()?.Targets?.Contains(args[1]) == true).ToArray();
            foreach (MethodInfo setup in Setups<BenchmarkDotNet.Attributes.GlobalSetupAttribute>())
            {
                setup.Invoke(benchmarks, null);
            }

            MethodInfo[] iterationSetups = Setups<BenchmarkDotNet.Attributes.IterationSetupAttribute>();
            int count = args.Length > 3 ? int.Parse(args[3]) : 100;
            var stopwatch = new Stopwatch();
            for (int i = 0; i < count; i++)
            {
                foreach (MethodInfo setup in iterationSetups)
                {
                    setup.Invoke(benchmarks, null);
                }

                stopwatch.Start();
                method.Invoke(benchmarks, null);
                stopwatch.Stop();
            }

            Console.WriteLine($"{args[1]} N = {args[2]}: {count} runs, {stopwatch.Elapsed.TotalMilliseconds / count:F1} ms each");
            return 0;
        }

        if (args.Length > 0 && args[0] == "--probe")
        {
            Probe.Print(args.Length > 1 ? int.Parse(args[1]) : 200);
            return 0;
        }

        if (args.Length > 0 && args[0] == "--breakdown")
        {
            Breakdown.Print(args.Length > 1 ? int.Parse(args[1]) : 200);
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
