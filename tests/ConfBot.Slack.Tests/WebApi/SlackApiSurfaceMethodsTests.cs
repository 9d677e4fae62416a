using System.Text;
using System.Text.Json;
using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Tests.TestSupport;
using ConfBot.Slack.Views;
using ConfBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;

namespace ConfBot.Slack.Tests.WebApi;

/// <summary>The Web API methods behind modals, unfurls, the assistant surface and message metadata, against a fake Slack.</summary>
public sealed class SlackApiSurfaceMethodsTests : IAsyncLifetime
{
    private FakeSlack _slack = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _services = ApiClientServices.Build(_slack);
    }

    private ISlackApiClient Client => _services.Client();

    [Fact]
    public async Task Opening_a_modal_sends_the_trigger_and_the_view_fitted_to_slacks_limits()
    {
        _slack.Script("views.open", 200, """{"ok":true,"view":{"id":"V123","hash":"156772938.1827394"}}""");
        var form = new ModalView("Add conference notes to the team", [new InputBlock("Title", new PlainTextInputElement("title") { MaxLength = 150 }) { BlockId = "title" }])
        {
            CallbackId = SlackAppIds.NoteModal,
            PrivateMetadata = """{"channel":"C111"}""",
            Submit = new PlainText("Save"),
        };

        var opened = await Client.OpenViewAsync("111.222.valid", form);

        var call = await _slack.NextCallAsync("views.open");
        Assert.Equal("111.222.valid", call.Field("trigger_id"));
        var view = call.Json.GetProperty("view");
        Assert.Equal(("modal", SlackAppIds.NoteModal), (view.GetProperty("type").GetString(), view.GetProperty("callback_id").GetString()));
        Assert.Equal(BlockKitLimits.ViewTitle, view.GetProperty("title").GetProperty("text").GetString()!.Length);
        Assert.Equal("plain_text_input", view.GetProperty("blocks")[0].GetProperty("element").GetProperty("type").GetString());
        Assert.Equal(new OpenedView("V123", "156772938.1827394"), opened);
    }

    [Fact]
    public async Task Updating_a_modal_sends_its_id_and_hash()
    {
        _slack.Script("views.update", 200, """{"ok":true,"view":{"id":"V123","hash":"2"}}""");

        await Client.UpdateViewAsync("V123", new ModalView("Saved", []), hash: "1");

        var call = await _slack.NextCallAsync("views.update");
        Assert.Equal(("V123", "1"), (call.Field("view_id"), call.Field("hash")));
    }

    [Fact]
    public async Task A_hash_conflict_surfaces_as_slacks_error()
    {
        _slack.FailNext("views.update", "hash_conflict");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client.UpdateViewAsync("V123", new ModalView("Saved", []), hash: "old"));

        Assert.Equal("hash_conflict", error.Error);
    }

    [Fact]
    public void Private_metadata_past_slacks_limit_is_refused_rather_than_cut() =>
        Assert.Contains("private_metadata", Assert.Throws<ArgumentException>(() =>
            ModalLimits.Fit(new ModalView("Notes", []) { PrivateMetadata = new string('x', BlockKitLimits.PrivateMetadata + 1) })).Message, StringComparison.Ordinal);

    [Fact]
    public async Task Unfurl_by_unfurl_id_sends_the_previews_keyed_by_url()
    {
        var shared = JsonSerializer.Deserialize(EventPayloads.LinkSharedEvent, ConfBot.Slack.Serialization.SlackJsonContext.Default.LinkShared)!;

        await Client.UnfurlAsync(LinkUnfurl.For(shared, new Dictionary<string, UnfurlPreview>
        {
            ["https://example.com/12345"] = new([SectionBlock.Mrkdwn("*Zero trust* — 3 write-ups")]),
        }));

        var call = await _slack.NextCallAsync("chat.unfurl");
        Assert.Equal(("conversations_history", false), (call.Field("source"), call.Json.TryGetProperty("channel", out _)));
        Assert.StartsWith("C123456.123456789", call.Field("unfurl_id"), StringComparison.Ordinal);
        Assert.Equal("section", call.Json.GetProperty("unfurls").GetProperty("https://example.com/12345").GetProperty("blocks")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task Suggested_prompts_for_the_messages_tab_need_no_thread_and_are_capped_at_four()
    {
        var prompts = Enumerable.Range(1, 6).Select(i => new SuggestedPrompt($"Prompt {i}", $"Ask {i}")).ToList();

        await Client.SetSuggestedPromptsAsync(new SuggestedPrompts("D111", prompts) { Title = "Ask the notes" });

        var call = await _slack.NextCallAsync("assistant.threads.setSuggestedPrompts");
        Assert.Equal(("D111", false), (call.Field("channel_id"), call.Json.TryGetProperty("thread_ts", out _)));
        Assert.Equal(4, call.Json.GetProperty("prompts").GetArrayLength());
        Assert.Equal("Ask 1", call.Json.GetProperty("prompts")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Posted_messages_carry_their_metadata()
    {
        var payload = JsonSerializer.SerializeToElement(new Dictionary<string, string[]> { ["talks"] = ["t1"] });

        await Client.PostMessageAsync(new ChatMessage { Channel = "C111", Text = "answer", Metadata = new MessageMetadata("confbot_answer", payload) });

        var metadata = (await _slack.NextCallAsync("chat.postMessage")).Json.GetProperty("metadata");
        Assert.Equal("confbot_answer", metadata.GetProperty("event_type").GetString());
        Assert.Equal("t1", metadata.GetProperty("event_payload").GetProperty("talks")[0].GetString());
    }

    [Fact]
    public async Task Permalink_is_read_with_a_form_call()
    {
        _slack.Script("chat.getPermalink", 200, """{"ok":true,"channel":"C111","permalink":"https://test.slack.com/archives/C111/p1583636382000300"}""");

        var link = await Client.GetPermalinkAsync("C111", "1583636382.000300");

        Assert.Equal("https://test.slack.com/archives/C111/p1583636382000300", link);
        Assert.Equal("1583636382.000300", (await _slack.NextCallAsync("chat.getPermalink")).FormField("message_ts"));
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _slack.DisposeAsync();
    }
}
