using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using ConfBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConfBot.Host.Tests.Settings;

/// <summary>
/// <c>appsettings.example.json</c> and README's "Configuration" table against the options classes <c>serve</c>
/// binds (every command binds a subset of them): a setting added without documenting it, a default changed in one
/// place only, or a documented setting that no longer exists fails here.
/// </summary>
public sealed partial class AppSettingsExampleTests
{
    private static readonly string Example = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "appsettings.example.json"));
    private static readonly string Readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "README.md"));

    /// <summary>Every bindable property of every options class bound to configuration, as its setting's key.</summary>
    private static readonly IReadOnlyList<(string Key, PropertyInfo Property, Type Options)> Settings = BoundSettings();

    private static readonly IConfiguration ExampleConfiguration = new ConfigurationBuilder()
        .AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Example)))
        .Build();

    [Fact]
    public void The_host_binds_the_options_classes_this_test_reads()
    {
        Assert.Contains(Settings, s => s.Key == "ConfBot:Slack:CommandName");
        Assert.Contains(Settings, s => s.Key == "ConfBot:Digest:TickInterval");
    }

    [Fact]
    public void The_example_lists_every_setting_with_its_default()
    {
        var listed = ExampleKeys().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = Settings.Where(s => !listed.Contains(s.Key)).Select(s => s.Key).ToList();
        Assert.True(missing.Count == 0, $"appsettings.example.json does not list: {string.Join(", ", missing)}");

        var wrong = Settings
            .Where(s => !SameValue(s.Property.GetValue(Activator.CreateInstance(s.Options)), ExampleConfiguration.GetSection(s.Key).Get(s.Property.PropertyType)))
            .Select(s => $"{s.Key} (default {Show(s.Property.GetValue(Activator.CreateInstance(s.Options)))})")
            .ToList();
        Assert.True(wrong.Count == 0, $"appsettings.example.json gives another value than the default for: {string.Join(", ", wrong)}");
    }

    [Fact]
    public void The_example_lists_nothing_the_host_does_not_read()
    {
        var known = Settings.Select(s => s.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = ExampleKeys().Where(k => !known.Contains(k)).ToList();

        Assert.True(unknown.Count == 0, $"appsettings.example.json lists settings no options class has: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void Every_setting_in_the_example_says_what_it_means()
    {
        var lines = Example.Split('\n');
        var unexplained = lines
            .Select((line, i) => (Key: LeafKey().Match(line), Previous: i > 0 ? lines[i - 1].Trim() : ""))
            .Where(l => l.Key.Success && !l.Previous.StartsWith("//", StringComparison.Ordinal))
            .Select(l => l.Key.Groups["key"].Value)
            .ToList();

        Assert.True(unexplained.Count == 0, $"No comment above: {string.Join(", ", unexplained)}");
    }

    [Fact]
    public void The_readme_configuration_table_names_every_setting_and_no_other()
    {
        var section = Readme[Readme.IndexOf("\n## Configuration", StringComparison.Ordinal)..];
        section = section[..(section.IndexOf("\n## ", 3, StringComparison.Ordinal) is var end and > 0 ? end : section.Length)];
        var rows = section.Split('\n').Where(l => l.StartsWith("| `ConfBot:", StringComparison.Ordinal)).ToList();
        var documented = rows.Select(r => RowKey().Match(r).Groups["key"].Value).ToHashSet(StringComparer.Ordinal);
        var keys = Settings.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(keys.Except(documented).Order());
        Assert.Empty(documented.Except(keys).Order());
    }

    private static List<(string, PropertyInfo, Type)> BoundSettings()
    {
        IServiceCollection? services = null;
        var app = ConfBotServer.Build(new ServeSettings(null), overrides: s => services = s);
        using (app as IDisposable)
        {
            // BindConfiguration and Bind both register a change-token source per bound options class.
            var bound = services!
                .Select(d => d.ServiceType)
                .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IOptionsChangeTokenSource<>))
                .Select(t => t.GetGenericArguments()[0])
                .Where(t => t.Namespace?.StartsWith("ConfBot", StringComparison.Ordinal) == true)
                .Distinct()
                .ToList();
            return
            [
                .. from options in bound
                   let section = options.GetField("SectionName")?.GetRawConstantValue() as string
                       ?? throw new InvalidOperationException($"{options.Name} is bound to configuration but has no SectionName.")
                   from property in options.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                   where property.SetMethod is { IsPublic: true }
                   select ($"{section}:{property.Name}", property, options),
            ];
        }
    }

    /// <summary>The example's settings: its leaves, a list counting as one.</summary>
    private static IEnumerable<string> ExampleKeys() => Leaves(JsonDocument.Parse(Example, JsonOptions).RootElement, "");

    private static bool SameValue(object? expected, object? actual) => (expected, actual) switch
    {
        (string e, string a) => e == a,
        // An empty list in JSON binds to nothing at all.
        (IEnumerable e, null) => !e.Cast<object>().Any(),
        (IEnumerable e, IEnumerable a) => e.Cast<object>().SequenceEqual(a.Cast<object>()),
        _ => Equals(expected, actual),
    };

    private static string Show(object? value) => value is IEnumerable list and not string ? $"[{string.Join(", ", list.Cast<object>())}]" : $"{value ?? "null"}";

    private static IEnumerable<string> Leaves(JsonElement element, string path) => element.ValueKind == JsonValueKind.Object
        ? element.EnumerateObject().SelectMany(p => Leaves(p.Value, path.Length == 0 ? p.Name : $"{path}:{p.Name}"))
        : [path];

    private static readonly JsonDocumentOptions JsonOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    [GeneratedRegex(@"^\s*""(?<key>\w+)"":\s*[^{\s]")]
    private static partial Regex LeafKey();

    [GeneratedRegex(@"^\| `(?<key>ConfBot:[\w:]+)`")]
    private static partial Regex RowKey();
}
