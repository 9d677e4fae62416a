using System.ComponentModel.DataAnnotations;

namespace ConfBot.Hosting.WarmUp;

/// <summary>How the service rehearses its answer path before it reports ready (<see cref="ServiceWarmUp"/>).</summary>
public sealed class WarmUpOptions
{
    public const string SectionName = "ConfBot:WarmUp";

    /// <summary>Slash commands sent to the service itself in each round of the warm-up; 0 turns the warm-up off.</summary>
    [Range(0, 10_000)]
    public int Commands { get; set; } = 200;

    /// <summary>
    /// No new round starts after this: rounds go on while each still leaves new code compiled, which on a slow or
    /// busy machine could take long; the service then turns ready a little less warm.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan MaxTime { get; set; } = TimeSpan.FromSeconds(3);
}
