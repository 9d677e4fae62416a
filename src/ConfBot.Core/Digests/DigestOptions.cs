using System.ComponentModel.DataAnnotations;

namespace ConfBot.Core.Digests;

/// <summary>Daily digest defaults and how the runner catches up and retries.</summary>
public sealed class DigestOptions : IValidatableObject
{
    public const string SectionName = "ConfBot:Digest";

    /// <summary>Local time a new subscription gets when the channel names none.</summary>
    public TimeOnly DefaultTime { get; set; } = new(9, 30);

    /// <summary>IANA time zone a new subscription gets when the channel names none.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "Etc/UTC";

    /// <summary>A digest whose time passed while no runner was up is still posted if one comes back within this; later it is skipped.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How long a claim protects a digest being posted; after it another runner may take over. Longer than a post can take.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Wait after a failed post before it is tried again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts (failed or abandoned) after which a day's digest is given up.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    [Range(0, 50)]
    public int MaxNewTalks { get; set; } = 5;

    [Range(0, 50)]
    public int MaxActionPoints { get; set; } = 3;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(DefaultTimeZone, out _))
            yield return new ValidationResult($"Unknown time zone '{DefaultTimeZone}'.", [nameof(DefaultTimeZone)]);
    }
}
