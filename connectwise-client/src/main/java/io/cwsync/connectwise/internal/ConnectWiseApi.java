package io.cwsync.connectwise.internal;

import java.util.Map;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HeaderMap;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.QueryMap;
import retrofit2.http.Streaming;
import retrofit2.http.Tag;
import retrofit2.http.Url;

/**
 * One generic Retrofit interface for every ConnectWise resource: the URL is computed per call
 * (the codebase may move), bodies stay raw so that services decode them with the model's type.
 */
interface ConnectWiseApi {
  // Streamed: a list page (about 2 MB for 1,000 companies) is decoded straight off the socket instead of
  // first being copied whole into a buffer; the transport closes the body once the reader is done.
  @GET
  @Streaming
  Call<ResponseBody> get(@Url String url, @QueryMap Map<String, String> query,
      @HeaderMap Map<String, String> headers, @Tag CallTag tag);

  @POST
  Call<ResponseBody> post(@Url String url, @QueryMap Map<String, String> query,
      @HeaderMap Map<String, String> headers, @Body RequestBody body, @Tag CallTag tag);

  @PUT
  Call<ResponseBody> put(@Url String url, @QueryMap Map<String, String> query,
      @HeaderMap Map<String, String> headers, @Body RequestBody body, @Tag CallTag tag);

  @PATCH
  Call<ResponseBody> patch(@Url String url, @QueryMap Map<String, String> query,
      @HeaderMap Map<String, String> headers, @Body RequestBody body, @Tag CallTag tag);

  @DELETE
  Call<ResponseBody> delete(@Url String url, @QueryMap Map<String, String> query,
      @HeaderMap Map<String, String> headers, @Tag CallTag tag);
}
