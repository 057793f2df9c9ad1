// Imported by stepgen import from aws-samples/step-functions-workflows-collection/bedrock-evaluations-sam/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(CreateEvaluationPipelines), QueryLanguage = QueryLanguage.JsonAta,
              Comment = "Create Bedrock Evaluation Pipelines")]
public partial class BedrockEvaluations
{
    [Parallel(Name = "Create Evaluation Pipelines",
              Branches = new[] { typeof(CreateKnowledgeBaseBranch), typeof(CreateKnowledgeBase2Branch) }, End = true)]
    public partial class CreateEvaluationPipelines;

    [Branch(StartAt = nameof(CreateKnowledgeBase))]
    public partial class CreateKnowledgeBaseBranch
    {
        [Task(Name = "Create Data Source", Resource = "arn:aws:states:::aws-sdk:bedrockagent:createDataSource",
              Assign = """{ "DataSourceId": "{% $states.result.DataSource.DataSourceId %}" }""",
              Arguments = """
              {
                "DataSourceConfiguration": {
                  "S3Configuration": {
                    "BucketArn": "arn:aws:s3:::BUCKET_NAME",
                    "BucketOwnerAccountId": "000000000000"
                  },
                  "Type": "S3"
                },
                "KnowledgeBaseId": "{% $KnowledgeBaseId %}",
                "Name": "{% 'DataSource' & $uuid() %}"
              }
              """, Next = nameof(StartIngestionJob))]
        public partial class CreateDataSource;

        [Task(Name = "Create Evaluation Job", Resource = "arn:aws:states:::aws-sdk:bedrock:createEvaluationJob",
              Assign = """{ "EvaluationJobId": "{% $states.result.JobArn %}" }""",
              Arguments = """
              {
                "ApplicationType": "RagEvaluation",
                "EvaluationConfig": {
                  "Automated": {
                    "DatasetMetricConfigs": [
                      {
                        "Dataset": {
                          "DatasetLocation": {
                            "S3Uri": "s3://BUCKET_NAME/input/referenceresponses.jsonl"
                          },
                          "Name": "Evaluations"
                        },
                        "MetricNames": [
                          "Builtin.Correctness",
                          "Builtin.Completeness",
                          "Builtin.Helpfulness"
                        ],
                        "TaskType": "Generation"
                      }
                    ],
                    "EvaluatorModelConfig": {
                      "BedrockEvaluatorModels": [
                        {
                          "ModelIdentifier": "anthropic.claude-3-5-sonnet-20240620-v1:0"
                        }
                      ]
                    }
                  }
                },
                "InferenceConfig": {
                  "RagConfigs": [
                    {
                      "KnowledgeBaseConfig": {
                        "RetrieveAndGenerateConfig": {
                          "KnowledgeBaseConfiguration": {
                            "KnowledgeBaseId": "{% $KnowledgeBaseId %}",
                            "ModelArn": "anthropic.claude-3-5-sonnet-20240620-v1:0",
                            "RetrievalConfiguration": {
                              "VectorSearchConfiguration": {
                                "NumberOfResults": 3
                              }
                            }
                          },
                          "Type": "KNOWLEDGE_BASE"
                        }
                      }
                    }
                  ]
                },
                "JobName": "{%$lowercase('EvaluationJob' & $KnowledgeBaseId & $uuid()) %}",
                "OutputDataConfig": {
                  "S3Uri": "s3://BUCKET_NAME/output/"
                },
                "RoleArn": "arn:aws:iam::000000000000:role/bedrock-eval-role"
              }
              """, Next = nameof(Wait10Minutes))]
        public partial class CreateEvaluationJob;

        [Task(Resource = "arn:aws:states:::aws-sdk:bedrockagent:createKnowledgeBase",
              Assign = """{ "KnowledgeBaseId": "{% $states.result.KnowledgeBase.KnowledgeBaseId %}" }""",
              Arguments = """
              {
                "KnowledgeBaseConfiguration": {
                  "Type": "VECTOR",
                  "VectorKnowledgeBaseConfiguration": {
                    "EmbeddingModelArn": "arn:aws:bedrock:REGION::foundation-model/amazon.titan-embed-text-v2:0",
                    "EmbeddingModelConfiguration": {
                      "BedrockEmbeddingModelConfiguration": {
                        "Dimensions": 1024,
                        "EmbeddingDataType": "FLOAT32"
                      }
                    }
                  }
                },
                "Name": "{% 'KnowledgeBase' & $uuid() %}",
                "RoleArn": "arn:aws:iam::000000000000:role/bedrock-kb-role",
                "StorageConfiguration": {
                  "OpensearchServerlessConfiguration": {
                    "CollectionArn": "arn:aws:aoss:REGION:000000000000:collection/COLLECTION_ID",
                    "FieldMapping": {
                      "MetadataField": "metadata",
                      "TextField": "text",
                      "VectorField": "vector_field"
                    },
                    "VectorIndexName": "vector-index-1"
                  },
                  "Type": "OPENSEARCH_SERVERLESS"
                }
              }
              """, Next = nameof(Wait))]
        public partial class CreateKnowledgeBase;

        [Choice(Name = "Evaluation Complete?", Default = nameof(Wait10Minutes))]
        [When("{% $states.input.Status = 'Completed' %}", Next = nameof(Success))]
        [When("{% $states.input.Status = 'Failed' %}", Next = nameof(Fail))]
        public partial class EvaluationComplete;

        [Fail]
        public partial class Fail;

        [Task(Name = "Get Evaluation Job Status", Resource = "arn:aws:states:::aws-sdk:bedrock:getEvaluationJob",
              Next = nameof(EvaluationComplete))]
        [Parameter("JobIdentifier", "{% $EvaluationJobId %}")]
        public partial class GetEvaluationJobStatus;

        [Task(Name = "Get Ingestion Job", Resource = "arn:aws:states:::aws-sdk:bedrockagent:getIngestionJob",
              Next = nameof(IngestionComplete))]
        [Parameter("DataSourceId", "{% $DataSourceId %}")]
        [Parameter("IngestionJobId", "{% $IngestionJobId %}")]
        [Parameter("KnowledgeBaseId", "{% $KnowledgeBaseId %}")]
        public partial class GetIngestionJob;

        [Choice(Name = "Ingestion Complete?", Default = nameof(Wait60Seconds))]
        [When("{% $states.input.IngestionJob.Status = 'COMPLETE' %}", Next = nameof(CreateEvaluationJob))]
        public partial class IngestionComplete;

        [Task(Name = "Start Ingestion Job", Resource = "arn:aws:states:::aws-sdk:bedrockagent:startIngestionJob",
              Assign = """{ "IngestionJobId": "{% $states.result.IngestionJob.IngestionJobId %}" }""",
              Next = nameof(Wait60Seconds))]
        [Parameter("DataSourceId", "{% $DataSourceId %}")]
        [Parameter("KnowledgeBaseId", "{% $KnowledgeBaseId %}")]
        public partial class StartIngestionJob;

        [Succeed]
        public partial class Success;

        [Wait(Seconds = 20, Next = nameof(CreateDataSource))]
        public partial class Wait;

        [Wait(Name = "Wait 10 Minutes", Seconds = 600, Next = nameof(GetEvaluationJobStatus))]
        public partial class Wait10Minutes;

        [Wait(Name = "Wait 60 Seconds", Seconds = 60, Next = nameof(GetIngestionJob))]
        public partial class Wait60Seconds;
    }

    [Branch(StartAt = nameof(CreateKnowledgeBase2))]
    public partial class CreateKnowledgeBase2Branch
    {
        [Task(Name = "Create Data Source 2", Resource = "arn:aws:states:::aws-sdk:bedrockagent:createDataSource",
              Assign = """{ "DataSourceId": "{% $states.result.DataSource.DataSourceId %}" }""",
              Arguments = """
              {
                "DataSourceConfiguration": {
                  "S3Configuration": {
                    "BucketArn": "arn:aws:s3:::BUCKET_NAME",
                    "BucketOwnerAccountId": "000000000000"
                  },
                  "Type": "S3"
                },
                "KnowledgeBaseId": "{% $KnowledgeBaseId %}",
                "Name": "{% 'DataSource' & $uuid() %}",
                "VectorIngestionConfiguration": {
                  "ChunkingConfiguration": {
                    "ChunkingStrategy": "HIERARCHICAL",
                    "HierarchicalChunkingConfiguration": {
                      "LevelConfigurations": [
                        {
                          "MaxTokens": 1500
                        },
                        {
                          "MaxTokens": 300
                        }
                      ],
                      "OverlapTokens": 60
                    }
                  }
                }
              }
              """, Next = nameof(StartIngestionJob2))]
        public partial class CreateDataSource2;

        [Task(Name = "Create Evaluation Job 2", Resource = "arn:aws:states:::aws-sdk:bedrock:createEvaluationJob",
              Assign = """{ "EvaluationJobId": "{% $states.result.JobArn %}" }""",
              Arguments = """
              {
                "ApplicationType": "RagEvaluation",
                "EvaluationConfig": {
                  "Automated": {
                    "DatasetMetricConfigs": [
                      {
                        "Dataset": {
                          "DatasetLocation": {
                            "S3Uri": "s3://BUCKET_NAME/input/referenceresponses.jsonl"
                          },
                          "Name": "Evaluations"
                        },
                        "MetricNames": [
                          "Builtin.Correctness",
                          "Builtin.Completeness",
                          "Builtin.Helpfulness"
                        ],
                        "TaskType": "Generation"
                      }
                    ],
                    "EvaluatorModelConfig": {
                      "BedrockEvaluatorModels": [
                        {
                          "ModelIdentifier": "anthropic.claude-3-5-sonnet-20240620-v1:0"
                        }
                      ]
                    }
                  }
                },
                "InferenceConfig": {
                  "RagConfigs": [
                    {
                      "KnowledgeBaseConfig": {
                        "RetrieveAndGenerateConfig": {
                          "KnowledgeBaseConfiguration": {
                            "KnowledgeBaseId": "{% $KnowledgeBaseId %}",
                            "ModelArn": "anthropic.claude-3-5-sonnet-20240620-v1:0",
                            "RetrievalConfiguration": {
                              "VectorSearchConfiguration": {
                                "NumberOfResults": 3
                              }
                            }
                          },
                          "Type": "KNOWLEDGE_BASE"
                        }
                      }
                    }
                  ]
                },
                "JobName": "{%$lowercase('EvaluationJob' & $KnowledgeBaseId & $uuid()) %}",
                "OutputDataConfig": {
                  "S3Uri": "s3://BUCKET_NAME/output/"
                },
                "RoleArn": "arn:aws:iam::000000000000:role/bedrock-eval-role"
              }
              """, Next = nameof(Wait10Minutes2))]
        public partial class CreateEvaluationJob2;

        [Task(Name = "Create Knowledge Base 2", Resource = "arn:aws:states:::aws-sdk:bedrockagent:createKnowledgeBase",
              Assign = """{ "KnowledgeBaseId": "{% $states.result.KnowledgeBase.KnowledgeBaseId %}" }""",
              Arguments = """
              {
                "KnowledgeBaseConfiguration": {
                  "Type": "VECTOR",
                  "VectorKnowledgeBaseConfiguration": {
                    "EmbeddingModelArn": "arn:aws:bedrock:REGION::foundation-model/amazon.titan-embed-text-v2:0",
                    "EmbeddingModelConfiguration": {
                      "BedrockEmbeddingModelConfiguration": {
                        "Dimensions": 1024,
                        "EmbeddingDataType": "FLOAT32"
                      }
                    }
                  }
                },
                "Name": "{% 'KnowledgeBase' & $uuid() %}",
                "RoleArn": "arn:aws:iam::000000000000:role/bedrock-kb-role",
                "StorageConfiguration": {
                  "OpensearchServerlessConfiguration": {
                    "CollectionArn": "arn:aws:aoss:REGION:000000000000:collection/COLLECTION_ID",
                    "FieldMapping": {
                      "MetadataField": "metadata",
                      "TextField": "text",
                      "VectorField": "vector_field"
                    },
                    "VectorIndexName": "vector-index-2"
                  },
                  "Type": "OPENSEARCH_SERVERLESS"
                }
              }
              """, Next = nameof(Wait2))]
        public partial class CreateKnowledgeBase2;

        [Choice(Name = "Evaluation Complete? 2", Default = nameof(Wait10Minutes2))]
        [When("{% $states.input.Status = 'Completed' %}", Next = nameof(Success2))]
        [When("{% $states.input.Status = 'Failed' %}", Next = nameof(Fail2))]
        public partial class EvaluationComplete2;

        [Fail(Name = "Fail 2")]
        public partial class Fail2;

        [Task(Name = "Get Evaluation Job Status 2", Resource = "arn:aws:states:::aws-sdk:bedrock:getEvaluationJob",
              Next = nameof(EvaluationComplete2))]
        [Parameter("JobIdentifier", "{% $EvaluationJobId %}")]
        public partial class GetEvaluationJobStatus2;

        [Task(Name = "Get Ingestion Job 2", Resource = "arn:aws:states:::aws-sdk:bedrockagent:getIngestionJob",
              Next = nameof(IngestionComplete2))]
        [Parameter("DataSourceId", "{% $DataSourceId %}")]
        [Parameter("IngestionJobId", "{% $IngestionJobId %}")]
        [Parameter("KnowledgeBaseId", "{% $KnowledgeBaseId %}")]
        public partial class GetIngestionJob2;

        [Choice(Name = "Ingestion Complete? 2", Default = nameof(Wait60Seconds2))]
        [When("{% $states.input.IngestionJob.Status = 'COMPLETE' %}", Next = nameof(CreateEvaluationJob2))]
        public partial class IngestionComplete2;

        [Task(Name = "Start Ingestion Job 2", Resource = "arn:aws:states:::aws-sdk:bedrockagent:startIngestionJob",
              Assign = """{ "IngestionJobId": "{% $states.result.IngestionJob.IngestionJobId %}" }""",
              Next = nameof(Wait60Seconds2))]
        [Parameter("DataSourceId", "{% $DataSourceId %}")]
        [Parameter("KnowledgeBaseId", "{% $KnowledgeBaseId %}")]
        public partial class StartIngestionJob2;

        [Succeed(Name = "Success 2")]
        public partial class Success2;

        [Wait(Name = "Wait 10 Minutes 2", Seconds = 600, Next = nameof(GetEvaluationJobStatus2))]
        public partial class Wait10Minutes2;

        [Wait(Name = "Wait 2", Seconds = 30, Next = nameof(CreateDataSource2))]
        public partial class Wait2;

        [Wait(Name = "Wait 60 Seconds 2", Seconds = 60, Next = nameof(GetIngestionJob2))]
        public partial class Wait60Seconds2;
    }
}
