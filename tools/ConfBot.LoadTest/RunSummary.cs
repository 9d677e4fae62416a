using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConfBot.LoadTest;

/// <summary>
/// What one run of one server came to, saved as JSON (<c>--summary</c>) so that runs made by separate generator
/// processes, one server alone each, can be put side by side afterwards.
/// </summary>
internal sealed record RunSummary(
    string Server, int Rate, int Seconds, int Connections, double ReadySeconds, string LoadAverage, Dictionary<PhaseKind, PhaseFigures> Phases)
{
    // A phase with no successes has NaN percentiles, which plain JSON cannot hold.
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json));

    public static RunSummary Load(string path) =>
        JsonSerializer.Deserialize<RunSummary>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path}: no run summary");

    public PhaseFigures? Phase(PhaseKind kind) => Phases.GetValueOrDefault(kind);

    // Other work on a shared machine skews every number, so each run says how busy the machine was.
    public static string CurrentLoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
