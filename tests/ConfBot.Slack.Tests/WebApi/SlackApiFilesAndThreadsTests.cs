using System.Text;
using ConfBot.Slack.Tests.TestSupport;
using ConfBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;

namespace ConfBot.Slack.Tests.WebApi;

/// <summary>Reading what users share: file metadata, bounded downloads with the bot token, and threads page by page.</summary>
public sealed class SlackApiFilesAndThreadsTests : IAsyncLifetime
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
    public async Task File_info_is_read_by_id()
    {
        _slack.Script("files.info", 200, """
            {"ok":true,"file":{"id":"F0123ABC","created":1700000000,"name":"kubecon.md","title":"kubecon.md","mimetype":"text/markdown",
             "filetype":"markdown","pretty_type":"Markdown","user":"U2147483697","mode":"hosted","editable":true,"is_external":false,
             "size":2048,"url_private":"https://files.slack.com/files-pri/T1-F0123ABC/kubecon.md",
             "url_private_download":"https://files.slack.com/files-pri/T1-F0123ABC/download/kubecon.md"}}
            """);

        var file = await Client.GetFileInfoAsync("F0123ABC");

        Assert.Equal("F0123ABC", (await _slack.NextCallAsync("files.info")).FormField("file"));
        Assert.Equal(("kubecon.md", "text/markdown", "markdown", 2048L, "hosted"), (file.Name, file.Mimetype, file.Filetype, file.Size!.Value, file.Mode));
        Assert.EndsWith("/download/kubecon.md", file.UrlPrivateDownload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_within_the_limit_is_downloaded_with_the_bot_token()
    {
        _slack.Files["notes.md"] = Encoding.UTF8.GetBytes("# KubeCon\n- Zero trust");

        var content = await Client.DownloadFileAsync(new SlackFile { Id = "F1", UrlPrivateDownload = _slack.FileUrl("notes.md") }, maxBytes: 1024);

        Assert.Equal("# KubeCon\n- Zero trust", Encoding.UTF8.GetString(content!));
        Assert.Equal("Bearer xoxb-test-token", (await _slack.NextCallAsync("files/notes.md")).Authorization);
    }

    [Fact]
    public async Task A_file_larger_than_the_limit_yields_nothing()
    {
        _slack.Files["big.md"] = new byte[4096];

        Assert.Null(await Client.DownloadFileAsync(new SlackFile { Id = "F1", UrlPrivateDownload = _slack.FileUrl("big.md") }, maxBytes: 4095));
    }

    [Fact]
    public async Task A_file_slack_says_is_too_large_is_not_even_requested()
    {
        Assert.Null(await Client.DownloadFileAsync(new SlackFile { Id = "F1", Size = 10_000_000, UrlPrivateDownload = _slack.FileUrl("huge.md") }, maxBytes: 1024));

        Assert.Empty(_slack.CallsTo("files/huge.md"));
    }

    [Fact]
    public async Task The_bot_token_is_never_sent_off_slack()
    {
        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            Client.DownloadFileAsync(new SlackFile { Id = "F1", UrlPrivateDownload = "https://attacker.example/steal" }, maxBytes: 1024));

        Assert.Equal("download_url_not_allowed", error.Error);
    }

    [Fact]
    public async Task A_thread_is_read_across_pages_with_its_metadata()
    {
        _slack.Script("conversations.replies", 200, """
            {"ok":true,"messages":[{"type":"message","user":"U1","text":"Notes from KubeCon","ts":"1.0","thread_ts":"1.0","reply_count":2},
              {"type":"message","bot_id":"B1","text":"Answer","ts":"1.1","thread_ts":"1.0","parent_user_id":"U1",
               "metadata":{"event_type":"confbot_answer","event_payload":{"talks":["t1"]}}}],
             "has_more":true,"response_metadata":{"next_cursor":"bmV4dF90czoxNTEyMDg1ODYxMDAwNTQz"}}
            """);
        _slack.Script("conversations.replies", 200, """
            {"ok":true,"messages":[{"type":"message","user":"U2","text":"more?","ts":"1.2","thread_ts":"1.0","parent_user_id":"U1"}],"has_more":false}
            """);

        var thread = await Client.GetThreadAsync("C111", "1.0", maxMessages: 50);

        Assert.Equal(["1.0", "1.1", "1.2"], thread.Select(m => m.Ts));
        Assert.Equal("confbot_answer", thread[1].Metadata!.EventType);
        var pages = _slack.CallsTo("conversations.replies");
        Assert.Equal(("1.0", "true", null), (pages[0].FormField("ts"), pages[0].FormField("include_all_metadata"), pages[0].FormField("cursor")));
        Assert.Equal("bmV4dF90czoxNTEyMDg1ODYxMDAwNTQz", pages[1].FormField("cursor"));
    }

    [Fact]
    public async Task Reading_a_thread_stops_at_the_callers_bound()
    {
        _slack.Script("conversations.replies", 200, """
            {"ok":true,"messages":[{"ts":"1.0","text":"a"},{"ts":"1.1","text":"b"},{"ts":"1.2","text":"c"}],
             "has_more":true,"response_metadata":{"next_cursor":"more"}}
            """);

        var thread = await Client.GetThreadAsync("C111", "1.0", maxMessages: 2);

        Assert.Equal(["1.0", "1.1"], thread.Select(m => m.Ts));
        var page = Assert.Single(_slack.CallsTo("conversations.replies"));
        Assert.Equal("2", page.FormField("limit"));
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _slack.DisposeAsync();
    }
}
