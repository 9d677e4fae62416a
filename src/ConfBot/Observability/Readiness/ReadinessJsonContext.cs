using System.Text.Json.Serialization;

namespace ConfBot.Observability.Readiness;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ReadinessBody))]
internal sealed partial class ReadinessJsonContext : JsonSerializerContext;
