#!/usr/bin/env bash
# What a user waits for in `dotnet build` because of StepGen (issue 15): a console project with N machines of
# 10 states (7 Pass states with a JSON Result, 3 HTTP tasks with a [Body] and a [Retry]) built with
# `dotnet build -c Release --no-incremental`, against the same classes without attributes and without the package.
#
#   bash bench/build-cost/build-cost.sh                    # N = 10 50 200, 3 rounds
#   ROUNDS=5 SIZES="50" bash bench/build-cost/build-cost.sh
#   KEEP=1 bash bench/build-cost/build-cost.sh             # keep the work folder (printed at the start)
#
# Variants, built in turn within each round (interleaved, so a slow minute of the machine hits all of them):
#   plain        the classes without attributes, no package
#   stepgen      with the package, as a user builds (the default records: StepGenTypedRecords=Execution)
#   stepgen-lean with the package, -p:RunAnalyzers=false -p:StepGenWriteFiles=false (the compiler's share)
#   stepgen-norecords  with the package, -p:StepGenTypedRecords=None (no typed records, no JsonContext)
#   stepgen-all  with the package, -p:StepGenTypedRecords=All (a record for every state result too)
# Each variant is built once before the rounds (restore, warm compiler server), not timed.
# Prints, per N and variant, the median and the min-max of the rounds in seconds, the ratio of medians to plain,
# and the C# StepGen generates per machine (bytes of the generated files / N). Not run by CI.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
sizes=${SIZES:-"10 50 200"}
rounds=${ROUNDS:-3}
work=$(mktemp -d "${TMPDIR:-/tmp}/stepgen-build-cost.XXXXXX")
echo "work folder: $work"
if [ "${KEEP:-0}" != "1" ]; then
  trap 'rm -rf "$work"' EXIT
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "== packing StepGen"
dotnet pack "$repo/nuget/StepGen.Package.csproj" -c Release -o "$work/feed" -v q -nologo > "$work/pack.log" 2>&1 \
  || { cat "$work/pack.log"; exit 1; }
version=$(ls "$work/feed" | sed -n 's/^StepGen\.\([0-9].*\)\.nupkg$/\1/p' | head -1)
echo "StepGen $version"

cat > "$work/nuget.config" <<'EOF'
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="stepgen-under-test" value="feed" />
  </packageSources>
  <config>
    <add key="globalPackagesFolder" value="packages" />
  </config>
</configuration>
EOF
# Stop MSBuild's search for Directory.Build.* above the work folder.
echo '<Project />' > "$work/Directory.Build.props"
echo '<Project />' > "$work/Directory.Build.targets"

# One machine class. $1: machine number, $2: "attributes" or "plain".
write_machine() {
  local i=$1 kind=$2 m
  m=$(printf 'Machine%04d' "$i")
  if [ "$kind" = plain ]; then
    cat <<EOF
namespace BuildCost;

public partial class $m
{
    public partial class Prepare;
    public partial class Defaults;
    public partial class CreateOrder;
    public partial class Tag;
    public partial class Notify;
    public partial class Audit;
    public partial class Archive;
    public partial class Label;
    public partial class Close;
    public partial class Done;
}
EOF
    return
  fi
  sed -e "s/__CLASS__/$m/g" -e "s/__N__/$i/g" "$repo/bench/build-cost/machine.cs.txt"
}

# $1: folder, $2: "attributes" or "plain", $3: machine count
write_project() {
  local dir=$1 kind=$2 n=$3 i
  mkdir -p "$dir"
  {
    echo '<Project Sdk="Microsoft.NET.Sdk">'
    echo '  <PropertyGroup>'
    echo '    <OutputType>Exe</OutputType>'
    echo '    <TargetFramework>net10.0</TargetFramework>'
    echo '    <Nullable>enable</Nullable>'
    echo '    <ImplicitUsings>enable</ImplicitUsings>'
    echo '  </PropertyGroup>'
    if [ "$kind" = attributes ]; then
      echo "  <ItemGroup><PackageReference Include=\"StepGen\" Version=\"$version\" /></ItemGroup>"
    fi
    echo '</Project>'
  } > "$dir/BuildCost.csproj"
  echo 'System.Console.WriteLine("build cost");' > "$dir/Program.cs"
  for ((i = 1; i <= n; i++)); do
    write_machine "$i" "$kind" > "$dir/$(printf 'Machine%04d' "$i").cs"
  done
}

# Seconds taken by one build of variant $2 in folder $1.
timed_build() {
  local dir=$1 variant=$2 extra=() start end
  [ "$variant" = stepgen-lean ] && extra=(-p:RunAnalyzers=false -p:StepGenWriteFiles=false)
  [ "$variant" = stepgen-norecords ] && extra=(-p:StepGenTypedRecords=None)
  [ "$variant" = stepgen-all ] && extra=(-p:StepGenTypedRecords=All)
  start=$(date +%s.%N)
  dotnet build "$dir" -c Release --no-incremental --no-restore -nologo -v q "${extra[@]}" > "$dir/build.log" 2>&1 \
    || { cat "$dir/build.log" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

# Median and min-max of the numbers on stdin.
summary() {
  sort -g | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.2f %.2f %.2f\n", m, v[1], v[NR] }'
}

variants="plain stepgen stepgen-lean stepgen-norecords stepgen-all"
results="$work/results.tsv"
: > "$results"
for n in $sizes; do
  echo "== N = $n: writing projects"
  write_project "$work/n$n/plain" plain "$n"
  write_project "$work/n$n/stepgen" attributes "$n"
  (cd "$work" && dotnet restore "n$n/plain" -v q -nologo > /dev/null && dotnet restore "n$n/stepgen" -v q -nologo > /dev/null)
  # Warm-up, and the generated bytes: one build that also writes the generated files.
  timed_build "$work/n$n/plain" plain > /dev/null
  dotnet build "$work/n$n/stepgen" -c Release --no-incremental --no-restore -nologo -v q \
    -p:EmitCompilerGeneratedFiles=true > "$work/n$n/stepgen/build.log" 2>&1 || { cat "$work/n$n/stepgen/build.log"; exit 1; }
  generated=$(find "$work/n$n/stepgen/obj" -path '*generated/StepGen.SourceGenerators*' -name '*.cs' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
  echo "generated C#: $generated bytes, $((generated / n)) bytes per machine"
  echo "$n generated $generated" >> "$results"
  for ((r = 1; r <= rounds; r++)); do
    for v in $variants; do
      dir=$work/n$n/plain
      [ "$v" != plain ] && dir=$work/n$n/stepgen
      s=$(timed_build "$dir" "$v")
      echo "  round $r $v: ${s}s"
      echo "$n $v $s" >> "$results"
    done
  done
done

echo
echo "== dotnet build -c Release --no-incremental, seconds: median (min-max) of $rounds rounds; ratio of medians to plain"
printf '%-6s %-22s %-22s %-22s %-22s %-22s %s\n' N plain stepgen stepgen-lean stepgen-norecords stepgen-all "generated bytes per machine"
for n in $sizes; do
  line=$(printf '%-6s' "$n")
  base=
  for v in $variants; do
    read -r med lo hi < <(awk -v n="$n" -v v="$v" '$1 == n && $2 == v { print $3 }' "$results" | summary) || continue
    [ -z "$base" ] && base=$med
    ratio=$(echo "scale=2; $med / $base" | bc)
    line+=$(printf ' %-22s' "$med ($lo-$hi) ${ratio}x")
  done
  generated=$(awk -v n="$n" '$1 == n && $2 == "generated" { print $3 }' "$results")
  line+=$(printf ' %s' "$((generated / n))")
  echo "$line"
done
