// Imported by stepgen import from aws-samples/aws-stepfunctions-examples/sam/app-sfn-appflow-integration/statemachines/CreateCatalogTable.json at 88855b62216b.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(SetDatabaseAndContext),
              Comment = "Orechestrate Glue Catalog table create/update based on flow execution.")]
public partial class AppFlowCreateCatalogTable
{
    [Pass(Parameters = """
          {
            "Config": {
              "Database": "${AWSGlueDatabaseName}",
              "TableName.$": "$.detail['flow-name']",
              "detail.$": "$.detail"
            }
          }
          """, Next = nameof(DatabaseExist))]
    public partial class SetDatabaseAndContext;

    [Task(Name = "DatabaseExist?", Resource = "arn:aws:states:::aws-sdk:glue:getDatabase", ResultPath = null,
          Next = nameof(DescribeFlow))]
    [Parameter("Name", Path = "$.Config.Database")]
    [Catch("States.ALL", ResultPath = "$.error", Comment = "Create Glue Database", Next = nameof(CreateDatabase))]
    public partial class DatabaseExist;

    [Task(Resource = "arn:aws:states:::aws-sdk:glue:createDatabase", ResultPath = null,
          Parameters = """{ "DatabaseInput": { "Name.$": "$.Config.Database" } }""", Next = nameof(CleanUpError))]
    public partial class CreateDatabase;

    [Pass(Next = nameof(DescribeFlow))]
    [Parameter("Config", Path = "$.Config")]
    public partial class CleanUpError;

    [Task(Resource = "arn:aws:states:::aws-sdk:appflow:describeFlow", ResultPath = "$.FlowConfig",
          Next = nameof(S3AsDestination))]
    [Parameter("FlowName", Path = "$.Config.detail['flow-name']")]
    public partial class DescribeFlow;

    [Choice(Name = "S3AsDestination?", Default = nameof(S3NotDestination))]
    [When("$.FlowConfig.DestinationFlowConfigList[0].ConnectorType == 'S3'", Next = nameof(GenerateTableDefinition))]
    public partial class S3AsDestination;

    [Pass(Parameters = """
          {
            "Config.$": "$.Config",
            "FlowConfig.$": "$.FlowConfig",
            "TableInput": {
              "Description": "Created by AmazonAppFlow",
              "Name.$": "$.Config.TableName",
              "PartitionKeys": [
                {
                  "Name": "partition_0",
                  "Type": "string"
                }
              ],
              "Retention": 0,
              "Parameters": {
                "compressionType": "none",
                "classification.$": "$.FlowConfig.DestinationFlowConfigList[0].DestinationConnectorProperties['S3'].S3OutputFormatConfig.FileType",
                "typeOfData": "file"
              },
              "StorageDescriptor": {
                "BucketColumns": [],
                "Columns.$": "$.FlowConfig.Tasks[?(@.TaskType == 'Map')]",
                "Compressed": false,
                "InputFormat": "org.apache.hadoop.mapred.TextInputFormat",
                "Location.$": "States.Format('{}/{}/', $.Config.detail['destination-object'], $.FlowConfig.FlowName)",
                "NumberOfBuckets": -1,
                "OutputFormat": "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat",
                "SortColumns": [],
                "StoredAsSubDirectories": false
              },
              "TableType": "EXTERNAL_TABLE"
            }
          }
          """, Next = nameof(DestinationFileFormatEvaluator))]
    public partial class GenerateTableDefinition;

    [Choice(Default = nameof(JsonSerdeInfo))]
    [When("$.FlowConfig.DestinationFlowConfigList[0].DestinationConnectorProperties['S3'].S3OutputFormatConfig.FileType == 'CSV'",
          Next = nameof(CSVSerdeInfo))]
    [When("$.FlowConfig.DestinationFlowConfigList[0].DestinationConnectorProperties['S3'].S3OutputFormatConfig.FileType == 'PARQUET'",
          Next = nameof(ParquetSerdeInfo))]
    public partial class DestinationFileFormatEvaluator;

    [Pass(ResultPath = "$.TableInput.StorageDescriptor.SerdeInfo",
          Parameters = """
          {
            "Parameters": {
              "paths.$": "$.FlowConfig.Tasks[?(@.TaskType == 'Map')].DestinationField",
              "field.delim": ","
            },
            "SerializationLibrary": "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe"
          }
          """, Next = nameof(Map))]
    public partial class CSVSerdeInfo;

    [Pass(ResultPath = "$.TableInput.StorageDescriptor.SerdeInfo",
          Parameters = """
          {
            "Parameters": {
              "paths.$": "$.FlowConfig.Tasks[?(@.TaskType == 'Map')].DestinationField"
            },
            "SerializationLibrary": "org.openx.data.jsonserde.JsonSerDe"
          }
          """, Next = nameof(Map))]
    public partial class JsonSerdeInfo;

    [Map(ResultPath = "$.TableInput.StorageDescriptor.Columns", ItemsPath = "$.TableInput.StorageDescriptor.Columns",
         Iterator = typeof(MapProcessor), Next = nameof(TableExist))]
    public partial class Map;

    [Branch(StartAt = nameof(KnownFIleFormat))]
    public partial class MapProcessor
    {
        [Choice(Name = "KnownFIleFormat?", Default = nameof(CastToString))]
        [When("$.TaskProperties.DESTINATION_DATA_TYPE == 'boolean' || $.TaskProperties.DESTINATION_DATA_TYPE == 'double' || $.TaskProperties.DESTINATION_DATA_TYPE == 'int' || $.TaskProperties.DESTINATION_DATA_TYPE == 'date' || $.TaskProperties.DESTINATION_DATA_TYPE == 'byte' || $.TaskProperties.DESTINATION_DATA_TYPE == 'short' || $.TaskProperties.DESTINATION_DATA_TYPE == 'integer' || $.TaskProperties.DESTINATION_DATA_TYPE == 'long' || $.TaskProperties.DESTINATION_DATA_TYPE == 'float' || $.TaskProperties.DESTINATION_DATA_TYPE == 'decimal' || $.TaskProperties.DESTINATION_DATA_TYPE == 'timestamp'",
              Next = nameof(State11Mapping))]
        public partial class KnownFIleFormat;

        [Pass(Name = "1:1 mapping", End = true)]
        [Parameter("Name", Path = "$.DestinationField")]
        [Parameter("Type", Path = "$.TaskProperties.SOURCE_DATA_TYPE")]
        public partial class State11Mapping;

        [Pass(Name = "Cast to String", End = true)]
        [Parameter("Name", Path = "$.DestinationField")]
        [Parameter("Type", "string")]
        public partial class CastToString;
    }

    [Task(Name = "TableExist?", Resource = "arn:aws:states:::aws-sdk:glue:getTable", Comment = "$.error",
          ResultPath = null, ResultSelector = """{ "Table.$": "$.Table" }""", Next = nameof(UpdateTable))]
    [Parameter("DatabaseName", Path = "$.Config.Database")]
    [Parameter("Name", Path = "$.Config.TableName")]
    [Catch("States.ALL", ResultPath = "$.error", Next = nameof(CreateTable))]
    public partial class TableExist;

    [Task(Resource = "arn:aws:states:::aws-sdk:glue:updateTable", ResultPath = null, Next = nameof(AddPartition))]
    [Parameter("DatabaseName", Path = "$.Config.Database")]
    [Parameter("TableInput", Path = "$.TableInput")]
    public partial class UpdateTable;

    [Choice(Name = "AddPartition?", Default = nameof(Success))]
    [When("ispresent($.Config.detail['execution-id']) && $.Config.detail['status'] == 'Execution Successful' && $.Config.detail['num-of-records-processed'] != '0'",
          Next = nameof(SingleFileAggregation))]
    public partial class AddPartition;

    [Choice(Name = "SingleFileAggregation?", Default = nameof(ConfigureDestination))]
    [When("$.FlowConfig.DestinationFlowConfigList[0].DestinationConnectorProperties.S3.S3OutputFormatConfig.AggregationConfig.AggregationType == 'SingleFile'",
          Next = nameof(IsPartitionExist))]
    public partial class SingleFileAggregation;

    [Task(Name = "IsPartitionExist?", Resource = "arn:aws:states:::aws-sdk:glue:getPartition", ResultPath = null,
          Next = nameof(Success))]
    [Parameter("DatabaseName", Path = "$.Config.Database")]
    [Parameter("PartitionValues", Path = "States.Array($.Config.TableName)")]
    [Parameter("TableName", Path = "$.Config.TableName")]
    [Catch("States.ALL", ResultPath = "$.error", Next = nameof(CreateMainPartition))]
    public partial class IsPartitionExist;

    [Pass(ResultPath = "$.TableInput.StorageDescriptor", Next = nameof(CreateNewPartition))]
    [Parameter("InputFormat", Path = "$.TableInput.StorageDescriptor.InputFormat")]
    [Parameter("OutputFormat", Path = "$.TableInput.StorageDescriptor.OutputFormat")]
    [Parameter("Columns", Path = "$.TableInput.StorageDescriptor.Columns")]
    [Parameter("Compressed", Path = "$.TableInput.StorageDescriptor.Compressed")]
    [Parameter("SerdeInfo", Path = "$.TableInput.StorageDescriptor.SerdeInfo")]
    [Parameter("Location",
               Path = "States.Format('{}{}', $.TableInput.StorageDescriptor.Location, $.Config.detail['execution-id'])")]
    public partial class ConfigureDestination;

    [Task(Resource = "arn:aws:states:::aws-sdk:glue:createPartition",
          Parameters = """
          {
            "DatabaseName.$": "$.Config.Database",
            "TableName.$": "$.Config.TableName",
            "PartitionInput": {
              "Values.$": "States.Array($.Config.detail['execution-id'])",
              "StorageDescriptor.$": "$.TableInput.StorageDescriptor"
            }
          }
          """, Next = nameof(Success))]
    public partial class CreateNewPartition;

    [Task(Resource = "arn:aws:states:::aws-sdk:glue:createPartition",
          Parameters = """
          {
            "DatabaseName.$": "$.Config.Database",
            "TableName.$": "$.Config.TableName",
            "PartitionInput": {
              "Values.$": "States.Array($.Config.TableName)",
              "StorageDescriptor.$": "$.TableInput.StorageDescriptor"
            }
          }
          """, Next = nameof(Success))]
    public partial class CreateMainPartition;

    [Succeed]
    public partial class Success;

    [Task(Resource = "arn:aws:states:::aws-sdk:glue:createTable", ResultPath = null, Next = nameof(AddPartition))]
    [Parameter("DatabaseName", Path = "$.Config.Database")]
    [Parameter("TableInput", Path = "$.TableInput")]
    public partial class CreateTable;

    [Fail(Error = "IncompatibleDestination",
          Cause = "Failed to create Glue table. Flow destination must be an S3 bucket.")]
    public partial class S3NotDestination;

    [Pass(ResultPath = "$.TableInput.StorageDescriptor",
          Parameters = """
          {
            "BucketColumns": [],
            "Columns.$": "$.FlowConfig.Tasks[?(@.TaskType == 'Map')]",
            "Compressed": false,
            "InputFormat": "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
            "Location.$": "States.Format('s3://{}/{}/', $.FlowConfig.DestinationFlowConfigList[0].DestinationConnectorProperties['S3'].BucketName, $.FlowConfig.FlowName)",
            "NumberOfBuckets": -1,
            "OutputFormat": "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat",
            "SerdeInfo": {
              "Parameters": {
                "serialization.format": "1"
              },
              "SerializationLibrary": "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe"
            },
            "SortColumns": [],
            "StoredAsSubDirectories": false
          }
          """, Next = nameof(Map))]
    public partial class ParquetSerdeInfo;
}
