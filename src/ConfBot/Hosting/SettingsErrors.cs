using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ConfBot.Hosting;

/// <summary>
/// A bad setting said the way a person fixes it: the setting's key, the value given and what is accepted — never a
/// C# type name. Both <c>serve</c> and the one-shot commands say it so.
/// </summary>
internal static partial class SettingsErrors
{
    public static string? Describe(Exception exception) => exception switch
    {
        OptionsValidationException invalid => string.Join(" ", invalid.Failures.Select(failure => Validation(invalid.OptionsType, failure))),
        InvalidOperationException { Message: var message } when Conversion().Match(message) is { Success: true } conversion =>
            $"{conversion.Groups["key"].Value}: '{conversion.Groups["value"].Value}' is not {Accepted(conversion.Groups["type"].Value)}.",
        _ => null,
    };

    // DataAnnotations' "DataAnnotation validation failed for 'SearchOptions' members: 'Top' with the error: '…'." names
    // the class and the property; the setting is the options' section and that property.
    private static string Validation(Type options, string failure)
    {
        if (DataAnnotation().Match(failure) is not { Success: true } annotation)
            return failure;
        var section = options.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string;
        var key = section is null ? annotation.Groups["member"].Value : $"{section}:{annotation.Groups["member"].Value}";
        var error = Readable(annotation.Groups["error"].Value);
        var subject = $"The field {annotation.Groups["member"].Value} ";
        return error.StartsWith(subject, StringComparison.Ordinal) ? $"{key} {error[subject.Length..]}" : $"{key}: {error}";
    }

    // Range's own wording of its bounds: "between 1 and 9.223372036854776E+18" (no upper bound) and "00:00:00.1000000".
    private static string Readable(string error)
    {
        error = UnboundedRange().Replace(error, "at least ${low}");
        return TimeSpanZeros().Replace(error, "${time}");
    }

    /// <summary>What a value of the named .NET type is written as, for a person: "a whole number", "one of Text, Json".</summary>
    internal static string Accepted(string typeName)
    {
        var type = Type.GetType(typeName) ?? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(typeName)).FirstOrDefault(t => t is not null);
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (type is { IsEnum: true })
            return $"one of {string.Join(", ", Enum.GetNames(type))}";
        return type?.Name switch
        {
            nameof(Int32) or nameof(Int64) or nameof(Int16) => "a whole number (e.g. 5000000)",
            nameof(Double) or nameof(Single) or nameof(Decimal) => "a number (e.g. 0.5)",
            nameof(Boolean) => "true or false",
            nameof(TimeSpan) => "a duration as hh:mm:ss (e.g. 00:00:30)",
            nameof(TimeOnly) => "a time of day as HH:mm (e.g. 08:30)",
            nameof(DateOnly) => "a date as yyyy-MM-dd",
            nameof(Uri) => "a URL",
            _ => "a value of the accepted form",
        };
    }

    [GeneratedRegex(@"between (?<low>\S+) and (9\.223372036854776E\+18|2147483647|1\.7976931348623157E\+308)")]
    private static partial Regex UnboundedRange();

    [GeneratedRegex(@"(?<time>\d{2}:\d{2}:\d{2}(\.\d*[1-9])?)(\.0+|0+)(?=\D|$)")]
    private static partial Regex TimeSpanZeros();

    [GeneratedRegex(@"^Failed to convert configuration value '(?<value>.*)' at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex Conversion();

    [GeneratedRegex(@"^DataAnnotation validation failed for '[^']+' members: '(?<member>[^']+)' with the error: '(?<error>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotation();
}
