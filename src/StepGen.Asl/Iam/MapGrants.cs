using System;
using StepGen.Asl.Json;

namespace StepGen.Asl.Iam;

/// <summary>
/// What a distributed Map needs beyond its item processor's tasks: starting and watching the child executions
/// of its Map Run, reading items from S3 (ItemReader) and writing results to S3 (ResultWriter).
/// </summary>
internal static class MapGrants
{
    private const string ReaderPrefix = "arn:aws:states:::s3:";

    public static void Add(string stateName, JsonObject state, Grants grants)
    {
        bool distributed = (state.Get("ItemProcessor") as JsonObject)?.Get("ProcessorConfig") is JsonObject config
            && config.Get("Mode") is JsonString { Value: "DISTRIBUTED" };
        if (distributed)
        {
            // Each iteration is a child execution of this machine, named after it.
            string name = grants.MachineName;
            grants.Allow(Integrations.MapOrder, "StartMapRunChildren", new[] { "states:StartExecution" }, new[] { $"arn:aws:states:*:*:stateMachine:{name}" });
            grants.Allow(Integrations.MapOrder, "WatchMapRunChildren", new[] { "states:DescribeExecution", "states:StopExecution" }, new[] { $"arn:aws:states:*:*:execution:{name}/*" });
        }

        if (state.Get("ItemReader") is JsonObject reader && reader.Get("Resource") is JsonString { Value: var readResource })
        {
            var call = new TaskCall(stateName, readResource, string.Empty, (reader.Get("Parameters") ?? reader.Get("Arguments")) as JsonObject, grants) { Order = Integrations.MapOrder };
            if (readResource == ReaderPrefix + "listObjectsV2")
            {
                Allow(call, "ListItemBuckets", "s3:ListBucket", bucket => $"arn:aws:s3:::{bucket}");
            }
            else if (readResource == ReaderPrefix + "getObject")
            {
                string? key = call.Value("Key") is { IsWritten: true } written ? written.Text : null;
                // A run-time key is left to the user's [IamStatement] when one allows s3:GetObject.
                if (key is not null || !call.Grants.CoveredByCustom("s3:GetObject"))
                {
                    if (key is null)
                    {
                        grants.Note(stateName, $"The ItemReader of '{stateName}' reads an object whose key is chosen at run time, so the policy allows s3:GetObject on every object of the bucket; set Key to a constant to scope it.", "s3:GetObject");
                    }

                    Allow(call, "ReadItemObjects", "s3:GetObject", bucket => $"arn:aws:s3:::{bucket}/{key ?? "*"}");
                }
            }
            else
            {
                grants.Note(stateName, $"StepGen does not derive IAM permissions for the ItemReader resource '{readResource}' of '{stateName}'; add an [IamStatement] that allows what it reads.");
            }
        }

        if (state.Get("ResultWriter") is JsonObject writer && writer.Get("Resource") is JsonString { Value: var writeResource })
        {
            var call = new TaskCall(stateName, writeResource, string.Empty, (writer.Get("Parameters") ?? writer.Get("Arguments")) as JsonObject, grants) { Order = Integrations.MapOrder };
            if (writeResource == ReaderPrefix + "putObject")
            {
                string prefix = call.Value("Prefix") is { IsWritten: true, Text.Length: > 0 } p ? p.Text.TrimEnd('/') + "/" : string.Empty;
                string? bucket = call.Resolve("Bucket", ValueForm.Name, b => $"arn:aws:s3:::{b}/{prefix}*", "arn:aws:s3:::*/*", "s3:PutObject");
                if (bucket is not null)
                {
                    // The Map Run writes its results as a multipart upload and reads back the manifest.
                    call.Allow("WriteMapResults", new[] { "s3:AbortMultipartUpload", "s3:GetObject", "s3:ListMultipartUploadParts", "s3:PutObject" }, bucket);
                }
            }
            else
            {
                grants.Note(stateName, $"StepGen does not derive IAM permissions for the ResultWriter resource '{writeResource}' of '{stateName}'; add an [IamStatement] that allows what it writes.");
            }
        }
    }

    private static void Allow(TaskCall call, string sid, string action, Func<string, string?> toArn)
    {
        string? resource = call.Resolve("Bucket", ValueForm.Name, toArn, "arn:aws:s3:::*", action);
        if (resource is not null)
        {
            call.Allow(sid, new[] { action }, resource);
        }
    }
}
